using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// The fast answer to "may actor A exercise power P over unit U at instant T?", built from the events of
/// <see cref="GovernanceRight"/> aggregates, incrementally (<see cref="Apply"/>) or in bulk (<see cref="Build"/>).
/// </summary>
/// <remarks>
/// <para>
/// A check reads like the domain: find the actor, walk up the unit's chain (community → street → district → city →
/// province, or just the living community), and look at the rights the actor holds there. Actors and living
/// communities are numbered densely on first sight; each (scope, holder) pair maps, through one hash look-up, to
/// a chain of slots in one flat array that hold only what the check reads. A per-actor mask of the levels at which
/// the actor holds any right, kept in the same dictionary entry as the actor's number, skips the levels it holds
/// none at, so a community-level holder costs one look-up for the actor and one for its community. <see cref="MayExercise"/> and <see cref="PowersOver"/> allocate nothing.
/// </para>
/// <para>
/// The index trusts the aggregates for the rules (a delegated right never exceeds its parent, revocation cascades),
/// and itself refuses only events that do not fit what it holds: an id seen twice or a parent never seen.
/// </para>
/// <para>Reads may run concurrently with each other but not with <see cref="Apply"/>.</para>
/// </remarks>
public sealed partial class GovernanceRightsIndex : IGovernanceRightsQuery
{
    private const byte LivingLevelBit = 1;

    // An actor's entry packs its dense number (low 26 bits) and its level mask (high 6 bits), so that one look-up
    // serves both and the check touches one memory location less.
    private const int LevelShift = 26;
    private const uint OrdinalMask = (1u << LevelShift) - 1;

    private readonly Dictionary<ActorId, uint> _actorEntries;
    private readonly List<ActorId> _actors;
    private readonly Dictionary<LivingCommunityId, int> _livingOrdinals = [];
    private readonly List<LivingCommunityId> _livingCommunities = [];
    private readonly Dictionary<ScopeKey, int> _heads;
    private readonly Dictionary<GovernanceRightId, int> _slotOfRight;
    private GovernanceRightId[] _rightIds;
    private RightSlot[] _slots;
    private int _count;

    /// <summary>Creates an empty index.</summary>
    /// <param name="expectedRights">How many rights to make room for at once; growing past it is allowed but copies.</param>
    public GovernanceRightsIndex(int expectedRights = 0)
    {
        var capacity = Math.Max(expectedRights, 4);
        _actorEntries = new(capacity);
        _actors = new(capacity);
        _heads = new(capacity);
        _slotOfRight = new(capacity);
        _rightIds = new GovernanceRightId[capacity];
        _slots = new RightSlot[capacity];
    }

    /// <summary>The number of rights the index holds, revoked ones included.</summary>
    public int Count => _count;

    /// <summary>Builds an index from the events of any number of <see cref="GovernanceRight"/> aggregates.</summary>
    /// <param name="events">The events, each aggregate's in the order raised; events of other aggregates are ignored.</param>
    /// <param name="expectedRights">How many rights to make room for at once.</param>
    /// <returns>The index.</returns>
    /// <exception cref="DomainRuleViolationException">An event does not fit the rights seen before it.</exception>
    public static GovernanceRightsIndex Build(IEnumerable<DomainEvent> events, int expectedRights = 0)
    {
        ArgumentNullException.ThrowIfNull(events);
        var index = new GovernanceRightsIndex(expectedRights);
        foreach (var domainEvent in events)
        {
            index.Apply(domainEvent);
        }

        return index;
    }

    /// <inheritdoc />
    public bool MayExercise(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at)
    {
        if (power is < GovernancePower.ResourceAllocation or > GovernancePower.InspectionAndAssessment
            || !_actorEntries.TryGetValue(actor, out var entry))
        {
            return false;
        }

        var bit = (byte)(1 << ((int)power - 1));
        return FindSlot(entry, bit, unit, at) >= 0;
    }

    /// <inheritdoc />
    public GovernancePowers PowersOver(ActorId actor, CommunityUnit unit, Instant at)
    {
        if (!_actorEntries.TryGetValue(actor, out var entry))
        {
            return GovernancePowers.None;
        }

        var ordinal = (int)(entry & OrdinalMask);
        var levels = (byte)(entry >> LevelShift);
        byte powers = 0;
        if (unit.IsLiving)
        {
            if ((levels & LivingLevelBit) != 0 && _livingOrdinals.TryGetValue(unit.LivingCommunityId, out var living))
            {
                powers = PowersAt(LivingKey(living), ordinal, at);
            }
        }
        else if (unit.IsAdministrative)
        {
            for (var code = unit.AreaCode; ; code = code.Parent)
            {
                if ((levels & LevelBit(code.Level)) != 0)
                {
                    powers |= PowersAt(AdministrativeKey(code), ordinal, at);
                }

                if (!code.HasParent)
                {
                    break;
                }
            }
        }

        return GovernancePowers.FromBits(powers);
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may exercise <paramref name="power"/> over <paramref name="unit"/> at
    /// <paramref name="at"/>, and if so the chain of rights that says so.
    /// </summary>
    /// <param name="actor">The actor.</param>
    /// <param name="power">The power.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The answer and, when allowed, the chain from the original right to the actor's own, nearest scope first found.</returns>
    public RightsJustification Explain(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at)
    {
        if (power is < GovernancePower.ResourceAllocation or > GovernancePower.InspectionAndAssessment
            || !_actorEntries.TryGetValue(actor, out var entry))
        {
            return RightsJustification.Denied;
        }

        var slot = FindSlot(entry, (byte)(1 << ((int)power - 1)), unit, at);
        if (slot < 0)
        {
            return RightsJustification.Denied;
        }

        var chain = new List<RightLink>();
        for (var i = slot; i >= 0; i = _slots[i].Parent)
        {
            chain.Add(LinkOf(i));
        }

        chain.Reverse();
        return new RightsJustification(true, new EquatableArray<RightLink>(chain));
    }

    private int FindSlot(uint actorEntry, byte powerBit, CommunityUnit unit, Instant at)
    {
        var actor = (int)(actorEntry & OrdinalMask);
        var levels = (byte)(actorEntry >> LevelShift);
        if (unit.IsLiving)
        {
            return (levels & LivingLevelBit) != 0 && _livingOrdinals.TryGetValue(unit.LivingCommunityId, out var living)
                ? SlotAt(LivingKey(living), actor, powerBit, at)
                : -1;
        }

        if (!unit.IsAdministrative)
        {
            return -1;
        }

        for (var code = unit.AreaCode; ; code = code.Parent)
        {
            if ((levels & LevelBit(code.Level)) != 0)
            {
                var slot = SlotAt(AdministrativeKey(code), actor, powerBit, at);
                if (slot >= 0)
                {
                    return slot;
                }
            }

            if (!code.HasParent)
            {
                return -1;
            }
        }
    }

    private int SlotAt(long scope, int actor, byte powerBit, Instant at)
    {
        if (!_heads.TryGetValue(new ScopeKey(scope, actor), out var i))
        {
            return -1;
        }

        for (; i >= 0; i = _slots[i].Next)
        {
            ref readonly var slot = ref _slots[i];
            if ((slot.Powers & powerBit) != 0 && slot.IsLiveAt(at))
            {
                return i;
            }
        }

        return -1;
    }

    private byte PowersAt(long scope, int actor, Instant at)
    {
        byte powers = 0;
        if (_heads.TryGetValue(new ScopeKey(scope, actor), out var i))
        {
            for (; i >= 0; i = _slots[i].Next)
            {
                ref readonly var slot = ref _slots[i];
                if (slot.IsLiveAt(at))
                {
                    powers |= slot.Powers;
                }
            }
        }

        return powers;
    }

    private static long AdministrativeKey(AreaCode code) => (code.Value * 8) + (long)code.Level;

    private static long LivingKey(int livingOrdinal) => -1L - livingOrdinal;

    private static byte LevelBit(AdministrativeLevel level) => (byte)(1 << (int)level);
}
