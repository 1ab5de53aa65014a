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
    // Kept in 48 bytes a right instead of 64, for trees that hold a country's rights: an absent parent is the empty id,
    // which no right has, and the source and the revocation share one reference, to one of two shared objects while
    // the right stands (the source is almost always one of the two) and to its own once it is revoked.
    private readonly GovernanceRightId _delegatedFrom = DelegatedFrom.GetValueOrDefault();
    private readonly Standing _standing = Standing.Of(Source, RevokedAt);

    /// <summary>The right it was delegated from (放权, 赋权), or <see langword="null"/> for an original right.</summary>
    public GovernanceRightId? DelegatedFrom
    {
        get => _delegatedFrom.Value.Length == 0 ? null : _delegatedFrom;
        init => _delegatedFrom = value.GetValueOrDefault();
    }

    /// <summary>Its source; a delegated right keeps the source of the right it came from.</summary>
    public RightSource Source
    {
        get => _standing.Source;
        init => _standing = Standing.Of(value, _standing.RevokedAt);
    }

    /// <summary>The instant from which it is revoked, or <see langword="null"/> while it stands.</summary>
    public Instant? RevokedAt
    {
        get => _standing.RevokedAt;
        init => _standing = Standing.Of(_standing.Source, value);
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
    public bool IsRevoked => _standing.RevokedAt.HasValue;

    /// <summary>Whether the right may be exercised at <paramref name="instant"/>: within its validity and before any revocation.</summary>
    /// <param name="instant">The instant asked about.</param>
    /// <returns><see langword="true"/> when live.</returns>
    public bool IsLiveAt(Instant instant) => Terms.Validity.Contains(instant) && (_standing.RevokedAt is not { } revokedAt || instant < revokedAt);

    // Compared by value, as the record's other members are: two rights that stand with the same source share an object.
    private sealed record Standing(RightSource Source, Instant? RevokedAt)
    {
        private static readonly Standing Administrative = new(RightSource.Administrative, null);
        private static readonly Standing MarketAndSocial = new(RightSource.MarketAndSocial, null);

        public static Standing Of(RightSource source, Instant? revokedAt) => (source, revokedAt) switch
        {
            (RightSource.Administrative, null) => Administrative,
            (RightSource.MarketAndSocial, null) => MarketAndSocial,
            _ => new(source, revokedAt),
        };
    }
}
