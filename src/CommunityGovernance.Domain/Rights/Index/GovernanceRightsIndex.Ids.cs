using CommunityGovernance.Kernel;

namespace CommunityGovernance.Rights;

/// <content>
/// The rights' ids: an open-addressing table from an id to its slot, linear probing over a power-of-two array at most
/// three quarters full. A place holds the id's hash and slot (the id itself is in the slot's column), 8 bytes and no
/// references, where a dictionary entry took 24 bytes a right and a bucket 4 more — 11 MB less for a country's rights.
/// </content>
public sealed partial class GovernanceRightsIndex
{
    // The place that holds the id, or the empty place where it would go.
    private int PlaceOf(GovernanceRightId id, int hash)
    {
        var table = _ids;
        var mask = table.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref readonly var place = ref table[i];
            if (place.SlotPlusOne == 0 || (place.Hash == hash && _rightIds[place.SlotPlusOne - 1] == id))
            {
                return i;
            }
        }
    }

    private int SlotOf(GovernanceRightId right)
    {
        var slot = _ids[PlaceOf(right, HashOf(right))].SlotPlusOne - 1;
        return slot >= 0
            ? slot
            : throw new DomainRuleViolationException(GovernanceRightRules.GovernanceRightIsKnown, $"The index holds no right '{right}'.");
    }

    // Room for one more id, so that the place found for a new id stays where it goes.
    private void ReserveId()
    {
        if ((_count + 1) * 4L <= _ids.Length * 3L)
        {
            return;
        }

        var table = LongLived<IdPlace>(_ids.Length * 2);
        var mask = table.Length - 1;
        foreach (var place in _ids)
        {
            if (place.SlotPlusOne != 0)
            {
                var i = place.Hash & mask;
                while (table[i].SlotPlusOne != 0)
                {
                    i = (i + 1) & mask;
                }

                table[i] = place;
            }
        }

        _ids = table;
    }

    private static int HashOf(GovernanceRightId id) => Fold(id.GetHashCode());
}
