namespace CommunityGovernance.Rights;

/// <summary>One place in the index's table of right ids, 8 bytes: the id's hash and its slot plus one (0 marks an empty place).</summary>
internal struct IdPlace
{
    public int Hash;

    public int SlotPlusOne;
}
