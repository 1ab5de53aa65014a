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
/// A check reads like the domain: find the actor among the holders, then look at the rights it holds and keep those
/// whose scope covers the unit (the unit itself or a unit above it — community, street, district, city, province —
/// or the living community itself) and that are live at the instant. The layout is made for a country-wide index
/// that does not fit in the caches, where every memory access the check waits for costs more than all its
/// arithmetic: holders sit in one open-addressing table of 48-byte entries that carry a copy of the holder's first right,
/// and each holder's further rights are chained through a flat array of 32-byte slots that hold only what the check
/// reads — the scope as one number, the live span as two, the powers as a byte. Whether a scope covers the unit is
/// arithmetic on the area code, so a holder of one right costs one probe, and of a few one probe and a slot or two, whatever its
/// level. Holders of many rights (a city-wide inspector delegated to every street) are looked up per level
/// instead, through a (scope, holder) table, so no check walks a long chain. <see cref="MayExercise"/> and
/// <see cref="PowersOver"/> allocate nothing.
/// </para>
/// <para>
/// The index trusts the aggregates for the rules (a delegated right never exceeds its parent, revocation cascades),
/// and itself refuses only events that do not fit what it holds: an id seen twice or a parent never seen.
/// </para>
/// <para>Reads may run concurrently with each other but not with <see cref="Apply"/>.</para>
/// </remarks>
public sealed partial class GovernanceRightsIndex : IGovernanceRightsQuery
{
    /// <summary>From this many rights on, a holder's rights are found per level through the (scope, holder) table.</summary>
    internal const int ManyRights = 8;

    // Arrays from this size on are large objects (the runtime's threshold).
    private const int LargeObjectBytes = 85_000;

    private ProbingTable<HolderEntry> _holders;
    private int _holderCount;
    private readonly Dictionary<LivingCommunityId, int> _livingOrdinals = [];
    private readonly List<LivingCommunityId> _livingCommunities = [];
    private readonly Dictionary<ScopeKey, int> _manyRightsHeads = [];
    private readonly Dictionary<int, (Interval Validity, Instant RevokedAt)> _beyondRange = [];
    // Each holder's place in the holder table, by ordinal (the order holders were first seen).
    private int[] _holderPlaces;
    // The end and the revocation of each revoked right, as numbers, by slot: while a right stands its slot's live span
    // ends where its validity does, so only a revoked right needs both apart.
    private readonly Dictionary<int, (long End, long RevokedAt)> _revocations = [];
    private ProbingTable<PositionPlace> _ids;
    private GovernanceRightId[] _rightIds;
    private RightSlot[] _slots;
    private RightRecord[] _records;
    private int _count;
    private GovernanceRightId _lastParent;
    private int _lastParentSlot = -1;

    /// <summary>Creates an empty index.</summary>
    /// <param name="expectedRights">How many rights to make room for at once; growing past it is allowed but copies.</param>
    public GovernanceRightsIndex(int expectedRights = 0)
    {
        var capacity = Math.Max(expectedRights, 4);
        _holders = new(new HolderEntry[ProbingTable<HolderEntry>.SizeFor(capacity)]);
        _holderPlaces = LongLived<int>(capacity);
        _ids = new(LongLived<PositionPlace>(ProbingTable<PositionPlace>.SizeFor(capacity)));
        _rightIds = new GovernanceRightId[capacity];
        _slots = LongLived<RightSlot>(capacity);
        _records = LongLived<RightRecord>(capacity);
    }

    // The per-right arrays hold no references and live as long as the index. Large ones go to the pinned object heap:
    // they would never move on the large object heap either (it is not compacted unless asked), and allocating a
    // country's index there does not use up the large object heap's budget, which would force a blocking collection of
    // every object in the process at that moment (measured on the national run: 0.36-0.43 s, some 40% of building the index).
    private static T[] LongLived<T>(int length)
        where T : unmanaged =>
        (long)length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>() >= LargeObjectBytes ? GC.AllocateArray<T>(length, pinned: true) : new T[length];

    private static void GrowLongLived<T>(ref T[] array, int length)
        where T : unmanaged
    {
        var grown = LongLived<T>(length);
        Array.Copy(array, grown, array.Length);
        array = grown;
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

        // Events pass through a window of PrefetchDistance: each is prefetched as it enters and applied as it leaves,
        // in order, so that whatever the source, every event is read once and applied in the order given.
        var window = new DomainEvent[PrefetchDistance];
        var (oldest, held) = (0, 0);
        foreach (var domainEvent in events)
        {
            index.Prefetch(domainEvent);
            if (held < window.Length)
            {
                window[held++] = domainEvent;
                continue;
            }

            index.Apply(window[oldest]);
            window[oldest] = domainEvent;
            oldest = (oldest + 1) % window.Length;
        }

        for (var i = 0; i < held; i++)
        {
            index.Apply(window[(oldest + i) % window.Length]);
        }

        return index;
    }

    /// <inheritdoc />
    public bool MayExercise(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at)
    {
        if (power is < GovernancePower.ResourceAllocation or > GovernancePower.InspectionAndAssessment)
        {
            return false;
        }

        var holder = FindHolder(actor);
        return holder >= 0 && FindSlot(in _holders[holder], (byte)(1 << ((int)power - 1)), unit, at, nearest: false) >= 0;
    }

    /// <inheritdoc />
    public GovernancePowers PowersOver(ActorId actor, CommunityUnit unit, Instant at)
    {
        var holder = FindHolder(actor);
        if (holder < 0)
        {
            return GovernancePowers.None;
        }

        ref readonly var entry = ref _holders[holder];
        if (!TryScopeOf(in entry, unit, out var scope))
        {
            return GovernancePowers.None;
        }

        var exact = CheckTime.TryNumber(at, out var now);
        byte powers = 0;
        if (entry.Rights < ManyRights)
        {
            if (entry.FirstScope.Covers(scope) && IsFirstLive(in entry, exact, now, at))
            {
                powers = entry.FirstPowers;
            }

            for (var i = entry.Newest; i != entry.First; i = _slots[i].NextOfHolder)
            {
                ref readonly var slot = ref _slots[i];
                if (slot.Scope.Covers(scope) && IsLive(i, exact, now, at))
                {
                    powers |= slot.Powers;
                }
            }
        }
        else
        {
            for (var key = scope; !key.IsNone; key = key.Parent)
            {
                if ((entry.Levels & key.LevelBit) != 0 && _manyRightsHeads.TryGetValue(new ScopeKey(key, HolderOrdinal(in entry)), out var i))
                {
                    for (; i >= 0; i = _records[i].NextInScope)
                    {
                        if (IsLive(i, exact, now, at))
                        {
                            powers |= _slots[i].Powers;
                        }
                    }
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
        if (power is < GovernancePower.ResourceAllocation or > GovernancePower.InspectionAndAssessment)
        {
            return RightsJustification.Denied;
        }

        var holder = FindHolder(actor);
        var slot = holder < 0 ? -1 : FindSlot(in _holders[holder], (byte)(1 << ((int)power - 1)), unit, at, nearest: true);
        if (slot < 0)
        {
            return RightsJustification.Denied;
        }

        var chain = new List<RightLink>();
        for (var i = slot; i >= 0; i = _records[i].Parent)
        {
            chain.Add(LinkOf(i));
        }

        chain.Reverse();
        return new RightsJustification(true, new EquatableArray<RightLink>(chain));
    }

    // The slot of a live right of the holder that confers the power over the unit, or -1. With `nearest`, the one
    // whose scope is nearest the unit (the newest of those), as an explanation wants; otherwise the first found.
    private int FindSlot(in HolderEntry holder, byte powerBit, CommunityUnit unit, Instant at, bool nearest)
    {
        if (!TryScopeOf(in holder, unit, out var scope))
        {
            return -1;
        }

        var exact = CheckTime.TryNumber(at, out var now);
        if (holder.Rights >= ManyRights)
        {
            return FindSlotPerLevel(in holder, powerBit, scope, exact, now, at);
        }

        // The first right first: for a holder of one right, the probe that found the holder brought it along.
        var found = -1;
        if ((holder.FirstPowers & powerBit) != 0 && holder.FirstScope.Covers(scope) && IsFirstLive(in holder, exact, now, at))
        {
            if (!nearest || holder.Newest == holder.First)
            {
                return holder.First;
            }

            found = holder.First;
        }

        for (var i = holder.Newest; i != holder.First; i = _slots[i].NextOfHolder)
        {
            ref readonly var slot = ref _slots[i];
            if ((slot.Powers & powerBit) != 0 && slot.Scope.Covers(scope) && IsLive(i, exact, now, at))
            {
                if (!nearest)
                {
                    return i;
                }

                // The chain runs newest first and ends before the first right, which was looked at already: among
                // rights equally near the unit, the newest wins, as it does per level for holders of many rights.
                var level = slot.Scope.Level;
                var nearestSoFar = found < 0 ? -1 : _slots[found].Scope.Level;
                if (level > nearestSoFar || (level == nearestSoFar && found == holder.First))
                {
                    found = i;
                }
            }
        }

        return found;
    }

    // Nearest scope first: the unit's own, then each unit above it, only at the levels the holder holds rights at.
    private int FindSlotPerLevel(in HolderEntry holder, byte powerBit, ScopeCode scope, bool exact, long now, Instant at)
    {
        for (var key = scope; !key.IsNone; key = key.Parent)
        {
            if ((holder.Levels & key.LevelBit) != 0 && _manyRightsHeads.TryGetValue(new ScopeKey(key, HolderOrdinal(in holder)), out var i))
            {
                for (; i >= 0; i = _records[i].NextInScope)
                {
                    if ((_slots[i].Powers & powerBit) != 0 && IsLive(i, exact, now, at))
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }

    // The unit as a scope number, when the holder could hold any right covering it at all.
    private bool TryScopeOf(in HolderEntry holder, CommunityUnit unit, out ScopeCode scope)
    {
        if (unit.IsAdministrative)
        {
            scope = ScopeCode.Of(unit.AreaCode);
            return (holder.Levels & ScopeCode.LevelsAtOrAbove(unit.AreaCode.Level)) != 0;
        }

        if (unit.IsLiving && (holder.Levels & ScopeCode.LivingLevelBit) != 0 && _livingOrdinals.TryGetValue(unit.LivingCommunityId, out var living))
        {
            scope = ScopeCode.OfLiving(living);
            return true;
        }

        scope = ScopeCode.None;
        return false;
    }

    private bool IsFirstLive(in HolderEntry holder, bool exact, long now, Instant at) =>
        exact ? holder.FirstLiveFrom <= now && now < holder.FirstLiveUntil : IsLiveExactly(holder.First, at);

    private bool IsLive(int slot, bool exact, long now, Instant at)
    {
        if (exact)
        {
            ref readonly var s = ref _slots[slot];
            return s.LiveFrom <= now && now < s.LiveUntil;
        }

        return IsLiveExactly(slot, at);
    }
}
