namespace CommunityGovernance.Rights;

/// <summary>
/// One place of a <see cref="ProbingTable{TPlace}"/> that finds keys kept in a column beside it, 8 bytes and no
/// references: the key's hash and its position in the column plus one (0 marks an empty place).
/// </summary>
internal struct PositionPlace
{
    public int Hash;

    public int PositionPlusOne;
}
