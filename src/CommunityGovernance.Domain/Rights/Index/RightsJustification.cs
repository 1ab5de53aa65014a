using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// The answer to "may this actor exercise this power here and now?" with its reasons: when allowed, the chain of
/// rights from the original grant or integration down to the right the actor holds; when refused, why
/// (<see cref="Refusal"/>), with the right the refusal is about where there is one.
/// </summary>
/// <param name="IsAllowed">Whether the actor may exercise the power.</param>
/// <param name="Chain">
/// When allowed, the justifying rights, the original first and the actor's own last. When refused for a right that
/// would confer the power but is revoked, not yet valid or expired, that right's chain, the same way; otherwise empty.
/// </param>
public sealed record RightsJustification(bool IsAllowed, EquatableArray<RightLink> Chain)
{
    /// <summary>The answer "not allowed: the actor holds no right at all".</summary>
    public static RightsJustification Denied { get; } = new(false, default) { Refusal = RightsRefusal.NoRight };

    /// <summary>Why the check said no; <see cref="RightsRefusal.None"/> when allowed.</summary>
    public RightsRefusal Refusal { get; init; }

    /// <summary>
    /// For <see cref="RightsRefusal.PowerNotHeld"/>, the powers the actor's live rights over the unit do confer (possibly none,
    /// when its rights over the unit are all out of time); otherwise <see cref="GovernancePowers.None"/>.
    /// </summary>
    public GovernancePowers PowersHeld { get; init; }

    /// <summary>For <see cref="RightsRefusal.Revoked"/>, when the right stopped standing.</summary>
    public Instant? RevokedAt { get; init; }

    /// <summary>
    /// For <see cref="RightsRefusal.Revoked"/>, the right whose revocation took this one with it: the right itself when it was
    /// revoked directly, or the ancestor whose revocation cascaded to it.
    /// </summary>
    public GovernanceRightId? RevokedWith { get; init; }

    /// <summary>For <see cref="RightsRefusal.Revoked"/>, who revoked it: the holder of the right <see cref="RevokedWith"/> was delegated from, when it was delegated.</summary>
    public Actors.ActorId? RevokedBy { get; init; }

    /// <summary>The answer in one sentence, naming rights, instants and powers, never personal data.</summary>
    public string Reason => Refusal switch
    {
        RightsRefusal.None => Chain.Count == 0 ? "allowed" : $"allowed by {string.Join(" → ", Chain.Select(l => l.Right))}",
        RightsRefusal.UnitOutsideHierarchy => "the unit lies outside the administrative hierarchy the check knows",
        RightsRefusal.NoRight => "the actor holds no governance right",
        RightsRefusal.Revoked => $"right {Own} was revoked at {RevokedAt}" +
            (RevokedWith is { } with && with != Own ? $" with {with}" : string.Empty) +
            (RevokedBy is { } by ? $", by {by}" : string.Empty),
        RightsRefusal.NotYetValid => $"right {Own} is valid only from {Chain[^1].Validity.Start}",
        RightsRefusal.Expired => $"right {Own} expired at {Chain[^1].Validity.End}",
        RightsRefusal.PowerNotHeld => PowersHeld == GovernancePowers.None
            ? "the actor's rights over the unit confer none of the powers now"
            : $"the actor's rights over the unit confer only {string.Join(", ", PowersHeld.ToEnumerable())}",
        RightsRefusal.ScopeDoesNotCover => "no scope of the actor's rights covers the unit",
        _ => Refusal.ToString(),
    };

    private GovernanceRightId? Own => Chain.Count == 0 ? null : Chain[^1].Right;
}
