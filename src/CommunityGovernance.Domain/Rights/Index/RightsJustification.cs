using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <summary>
/// The answer to "may this actor exercise this power here and now?" with its reasons: when allowed, the chain of
/// rights from the original grant or integration down to the right the actor holds.
/// </summary>
/// <param name="IsAllowed">Whether the actor may exercise the power.</param>
/// <param name="Chain">The justifying rights, the original first and the actor's own last; empty when not allowed.</param>
public sealed record RightsJustification(bool IsAllowed, EquatableArray<RightLink> Chain)
{
    /// <summary>The answer "not allowed", with no chain.</summary>
    public static RightsJustification Denied { get; } = new(false, default);
}
