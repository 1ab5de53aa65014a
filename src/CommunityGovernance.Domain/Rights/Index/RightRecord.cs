namespace CommunityGovernance.Rights;

/// <summary>
/// What the index keeps about a right beyond what the check reads (<see cref="RightSlot"/>), 32 bytes: read when an
/// event changes the right and when an answer is explained.
/// </summary>
/// <remarks>
/// The instants are <see cref="CheckTime"/> numbers, which are exact within about 292 years of 1970; the start of the
/// validity is the slot's <see cref="RightSlot.LiveFrom"/>. A right with any instant beyond that range is flagged
/// <see cref="BeyondRangeFlag"/>, and its exact validity and revocation are kept aside (see
/// <see cref="GovernanceRightsIndex"/>): few rights reach so far, and the rest need not carry 48 bytes of instants.
/// </remarks>
internal struct RightRecord
{
    public const byte RevokedFlag = 1;
    public const byte MarketAndSocialFlag = 2;
    public const byte BeyondRangeFlag = 4;

    /// <summary>The end of the validity, or <see cref="long.MaxValue"/> when it is open.</summary>
    public long End;

    /// <summary>The instant of the revocation, when <see cref="RevokedFlag"/> is set.</summary>
    public long RevokedAt;

    public int Holder;
    public int Parent;

    /// <summary>The next right of the same holder over the same scope, kept only for holders of many rights.</summary>
    public int NextInScope;

    public byte Flags;
}
