namespace CommunityGovernance.Rights;

/// <summary>
/// One right as the check reads it, 32 bytes so that two share a cache line: its scope, when it is live as two
/// numbers (see <see cref="CheckTime"/>), the powers it confers, its flags, and the next right of the same holder.
/// </summary>
/// <remarks>
/// The holder, the parent (see <see cref="RightRecord"/>, at the same position) and the id (in the
/// index's column of ids) are read only to explain an answer or to apply an event.
/// </remarks>
internal struct RightSlot
{
    public const byte RevokedFlag = 1;
    public const byte MarketAndSocialFlag = 2;
    public const byte BeyondRangeFlag = 4;

    public ScopeCode Scope;

    /// <summary>The first instant at which the right is live, as <see cref="CheckTime"/> numbers it.</summary>
    public long LiveFrom;

    /// <summary>
    /// The first instant at which it no longer is: the end of its validity (<see cref="long.MaxValue"/> when open) or,
    /// for a revoked right, its revocation, whichever comes first.
    /// </summary>
    public long LiveUntil;

    /// <summary>The holder's next right (older), or -1.</summary>
    public int NextOfHolder;

    public byte Powers;

    /// <summary><see cref="RevokedFlag"/>, <see cref="MarketAndSocialFlag"/> and <see cref="BeyondRangeFlag"/>.</summary>
    public byte Flags;
}
