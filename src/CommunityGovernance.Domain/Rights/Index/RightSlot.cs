namespace CommunityGovernance.Rights;

/// <summary>
/// One right as the check reads it, 32 bytes so that two share a cache line: its scope, when it is live as two
/// numbers (see <see cref="CheckTime"/>), the powers it confers, and the next right of the same holder.
/// </summary>
/// <remarks>
/// An administrative scope is its area code's 12 digits times 8 plus its level; a living community is minus one
/// minus its ordinal. Everything else about the right (the end of its validity, its revocation, holder, parent and
/// source) is in <see cref="RightRecord"/> at the same position, and its id in the index's column of ids: read only
/// to explain an answer, to apply an event, or to check at an instant beyond the numbered range.
/// </remarks>
internal struct RightSlot
{
    public long Scope;

    /// <summary>The first instant at which the right is live, as <see cref="CheckTime"/> numbers it.</summary>
    public long LiveFrom;

    /// <summary>The first instant at which it no longer is: the end of its validity or its revocation, whichever comes first.</summary>
    public long LiveUntil;

    /// <summary>The holder's next right (older), or -1.</summary>
    public int NextOfHolder;

    public byte Powers;
}
