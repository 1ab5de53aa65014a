using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <content>
/// The rights' ids: a <see cref="ProbingTable{TPlace}"/> from an id to its slot, whose places hold the id's hash and slot
/// (the id itself is in the column of ids), 8 bytes and no references, where a dictionary entry took 24 bytes a right
/// and a bucket 4 more — 11 MB less for a country's rights.
/// </content>
public sealed partial class GovernanceRightsIndex
{
    // The place that holds the id, or the empty place where it would go.
    private int PlaceOf(GovernanceRightId id) => _ids.Find(id.GetHashCode(), id, new BySlot(_rightIds));

    private int SlotOf(GovernanceRightId right)
    {
        var slot = _ids[PlaceOf(right)].PositionPlusOne - 1;
        return slot >= 0
            ? slot
            : throw new DomainRuleViolationException(GovernanceRightRules.GovernanceRightIsKnown, $"The index holds no right '{right}'.");
    }

    // Room for one more id, so that the place found for a new id stays where it goes.
    private void ReserveId()
    {
        if (!_ids.HasRoomForOneMore(_count))
        {
            _ids.MoveTo(LongLived<PositionPlace>(_ids.Length * 2), new BySlot(_rightIds));
        }
    }

    // The ids' slots, the ids read from the column of ids.
    private readonly struct BySlot(GovernanceRightId[] ids) : IProbe<PositionPlace, GovernanceRightId>
    {
        public static bool IsEmpty(in PositionPlace place) => place.PositionPlusOne == 0;

        public int HashOf(in PositionPlace place) => place.Hash;

        public bool Holds(in PositionPlace place, int hash, GovernanceRightId id) => place.Hash == hash && ids[place.PositionPlusOne - 1] == id;
    }
}
