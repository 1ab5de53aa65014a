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
    // Kept without the nullable wrappers (an absent parent is the empty id, which no right has; revocation is a flag
    // beside the instant): 64 bytes a right instead of 80, for trees that hold a country's rights.
    private readonly GovernanceRightId _delegatedFrom = DelegatedFrom.GetValueOrDefault();
    private readonly Instant _revokedAt = RevokedAt.GetValueOrDefault();
    private readonly bool _isRevoked = RevokedAt.HasValue;

    /// <summary>The right it was delegated from (放权, 赋权), or <see langword="null"/> for an original right.</summary>
    public GovernanceRightId? DelegatedFrom
    {
        get => _delegatedFrom.Value.Length == 0 ? null : _delegatedFrom;
        init => _delegatedFrom = value.GetValueOrDefault();
    }

    /// <summary>The instant from which it is revoked, or <see langword="null"/> while it stands.</summary>
    public Instant? RevokedAt
    {
        get => _isRevoked ? _revokedAt : null;
        init => (_revokedAt, _isRevoked) = (value.GetValueOrDefault(), value.HasValue);
    }

    /// <summary>The actor that holds the right.</summary>
    public ActorId Holder => Terms.Holder;

    /// <summary>The powers the right confers.</summary>
    public GovernancePowers Powers => Terms.Powers;

    /// <summary>The unit the right applies to.</summary>
    public CommunityUnit Scope => Terms.Scope;

    /// <summary>When the right is valid.</summary>
    public Interval Validity => Terms.Validity;

    /// <summary>Whether the right was revoked.</summary>
    public bool IsRevoked => _isRevoked;

    /// <summary>Whether the right may be exercised at <paramref name="instant"/>: within its validity and before any revocation.</summary>
    /// <param name="instant">The instant asked about.</param>
    /// <returns><see langword="true"/> when live.</returns>
    public bool IsLiveAt(Instant instant) => Terms.Validity.Contains(instant) && (!_isRevoked || instant < _revokedAt);
}
