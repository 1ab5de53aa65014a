using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// One right as the index stores it: just what the check reads, in one flat array, chained to the other rights of
/// the same scope and holder through <see cref="Next"/>.
/// </summary>
internal struct RightSlot
{
    public const byte RevokedFlag = 1;
    public const byte MarketAndSocialFlag = 2;

    public Interval Validity;
    public Instant RevokedAt;
    public long Scope;
    public int Actor;
    public int Parent;
    public int Next;
    public byte Powers;
    public byte Flags;

    public readonly bool IsLiveAt(Instant at) =>
        Validity.Contains(at) && ((Flags & RevokedFlag) == 0 || at < RevokedAt);
}
