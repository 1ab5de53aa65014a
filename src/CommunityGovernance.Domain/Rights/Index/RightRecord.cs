using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// What the index keeps about a right beyond what the check reads (<see cref="RightSlot"/>): read when an event
/// changes the right and when an answer is explained.
/// </summary>
internal struct RightRecord
{
    public const byte RevokedFlag = 1;
    public const byte MarketAndSocialFlag = 2;

    public Interval Validity;
    public Instant RevokedAt;
    public int Holder;
    public int Parent;

    /// <summary>The next right of the same holder over the same scope, kept only for holders of many rights.</summary>
    public int NextInScope;

    public byte Flags;

    public readonly bool IsLiveAt(Instant at) =>
        Validity.Contains(at) && ((Flags & RevokedFlag) == 0 || at < RevokedAt);
}
