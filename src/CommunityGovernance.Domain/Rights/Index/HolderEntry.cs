namespace CommunityGovernance.Rights;

/// <summary>
/// One holder in the index's open-addressing table: the actor id's text and hash, its dense ordinal, the newest of
/// its rights, and the levels it holds rights at. 24 bytes, so the probe that finds the holder usually brings its
/// whole entry into the cache at once.
/// </summary>
internal struct HolderEntry
{
    /// <summary>The actor id's text; <see langword="null"/> marks an empty place in the table.</summary>
    public string? Key;

    public int Hash;

    public int Ordinal;

    /// <summary>The holder's newest right (its slot), or -1.</summary>
    public int Newest;

    /// <summary>Bit 0: some right over a living community; bit <c>n</c>: some right at administrative level <c>n</c>.</summary>
    public byte Levels;

    /// <summary>How many rights the holder has, counted up to <see cref="GovernanceRightsIndex.ManyRights"/> and no further.</summary>
    public byte Rights;
}
