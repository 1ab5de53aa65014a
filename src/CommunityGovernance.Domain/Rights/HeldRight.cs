using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// One governance right (治理权) as it stands: its terms, its source, the right it was delegated from (if any) and
/// when it was revoked (if it was).
/// </summary>
/// <param name="Id">The right's id.</param>
/// <param name="DelegatedFrom">The right it was delegated from (放权, 赋权), or <see langword="null"/> for an original right.</param>
/// <param name="Source">Its source; a delegated right keeps the source of the right it came from.</param>
/// <param name="Terms">What it confers.</param>
/// <param name="RevokedAt">The instant from which it is revoked, or <see langword="null"/> while it stands.</param>
public sealed record HeldRight(GovernanceRightId Id, GovernanceRightId? DelegatedFrom, RightSource Source, RightTerms Terms, Instant? RevokedAt)
{
    /// <summary>The actor that holds the right.</summary>
    public ActorId Holder => Terms.Holder;

    /// <summary>The powers the right confers.</summary>
    public GovernancePowers Powers => Terms.Powers;

    /// <summary>The unit the right applies to.</summary>
    public CommunityUnit Scope => Terms.Scope;

    /// <summary>When the right is valid.</summary>
    public Interval Validity => Terms.Validity;

    /// <summary>Whether the right was revoked.</summary>
    public bool IsRevoked => RevokedAt.HasValue;

    /// <summary>Whether the right may be exercised at <paramref name="instant"/>: within its validity and before any revocation.</summary>
    /// <param name="instant">The instant asked about.</param>
    /// <returns><see langword="true"/> when live.</returns>
    public bool IsLiveAt(Instant instant) => Terms.Validity.Contains(instant) && (RevokedAt is not { } revokedAt || instant < revokedAt);
}
