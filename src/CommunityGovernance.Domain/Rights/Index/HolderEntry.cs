namespace CommunityGovernance.Rights;

/// <summary>
/// One holder in the index's open-addressing table, 64 bytes: the actor id's text and hash, the id packed when it is
/// short (<see cref="HolderKey"/>), the newest of its rights, the levels it holds rights at, and a copy of what the
/// check reads of its first right, so that the probe that finds a holder of one right (most holders: one appointment
/// each) also compares its id and answers the question, with nothing else to wait for.
/// </summary>
internal struct HolderEntry
{
    /// <summary>The actor id's text; <see langword="null"/> marks an empty place in the table.</summary>
    public string? Key;

    /// <summary>The packed id's first word (<see cref="HolderKey.Head"/>).</summary>
    public ulong KeyHead;

    /// <summary>The packed id's second word (<see cref="HolderKey.Tail"/>).</summary>
    public ulong KeyTail;

    /// <summary>The actor id's hash.</summary>
    public int Hash;

    /// <summary>The holder's newest right (its slot); the chain through <see cref="RightSlot.NextOfHolder"/> ends at <see cref="First"/>.</summary>
    public int Newest;

    /// <summary>The holder's first (oldest) right, copied below.</summary>
    public int First;

    /// <summary>The <see cref="ScopeCode.LevelBit"/>s of the holder's rights: the levels it holds rights at.</summary>
    public byte Levels;

    /// <summary>How many rights the holder has, counted up to <see cref="GovernanceRightsIndex.ManyRights"/> and no further.</summary>
    public byte Rights;

    public byte FirstPowers;

    /// <summary>The packed id's length (<see cref="HolderKey.Length"/>): 0 when the id is compared by its text.</summary>
    public byte KeyLength;

    public ScopeCode FirstScope;

    public long FirstLiveFrom;

    public long FirstLiveUntil;
}
