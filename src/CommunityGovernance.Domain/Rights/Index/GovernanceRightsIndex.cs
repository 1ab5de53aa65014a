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
/// A check reads like the domain: find the actor among the holders, walk up from the unit through the scopes above
/// it (community, street, district, city, province — or the living community itself), and look at the rights held
/// there that are live at the instant. Every question takes that one walk and says what it looks for. The layout is
/// made for a country-wide index that does not fit in the caches, where every memory access the check waits for costs
/// more than all its arithmetic: holders sit in one open-addressing table (<see cref="ProbingTable{TPlace}"/>) of
/// 64-byte entries that carry a short id packed (<see cref="HolderKey"/>) and a copy of the holder's first right, and each holder's further rights are chained through
/// a flat array of 32-byte slots that hold only what the check reads — the scope as one number
/// (<see cref="ScopeCode"/>), the live span as two, the powers as a byte. Whether a scope covers the unit is
/// arithmetic on the area code, so a holder of one right costs one probe, and of a few one probe and a slot or two, whatever its
/// level. Holders of many rights (a city-wide inspector delegated to every street) are looked up per level
/// instead, through a (scope, holder) table, so no check walks a long chain. <see cref="MayExercise(ActorId, GovernancePower, CommunityUnit, Instant)"/> and
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
    // For each revoked right, the slot of the right whose revocation took it: read only to explain a refusal.
    private readonly Dictionary<int, int> _revokedWith = [];
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
        // Find the holder, walk up from the unit through the scopes it holds rights at, and look at the rights there.
        var anyRight = default(AnyRight);
        PrefetchHierarchy(unit);
        var holder = IsPower(power) ? FindHolder(actor) : -1;
        return holder >= 0 && WalkRightsOver(in _holders[holder], unit, at, PowerBit(power), ref anyRight) && LiesInHierarchy(unit);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The questions are taken in groups: for each group the index first asks the processor for every place the
    /// group's checks will read (each actor id's text, its holder entry, the unit's place in the hierarchy), then
    /// answers them in order, so that their misses overlap instead of following one another. The answers are exactly
    /// the single check's; nothing is allocated.
    /// </remarks>
    public void MayExercise(ReadOnlySpan<RightsQuestion> questions, Span<bool> answers)
    {
        RightsQuestions.RequireAnswerForEach(questions, answers);
        for (var start = 0; start < questions.Length; start += BatchGroup)
        {
            var group = questions.Slice(start, Math.Min(BatchGroup, questions.Length - start));
            foreach (ref readonly var q in group)
            {
                PrefetchCheck(q.Actor, q.Unit);
            }

            for (var i = 0; i < group.Length; i++)
            {
                ref readonly var q = ref group[i];
                answers[start + i] = MayExercise(q.Actor, q.Power, q.Unit, q.At);
            }
        }
    }

    /// <inheritdoc />
    public GovernancePowers PowersOver(ActorId actor, CommunityUnit unit, Instant at)
    {
        var allPowers = default(AllPowers);
        var holder = FindHolder(actor);
        if (holder >= 0 && LiesInHierarchy(unit))
        {
            WalkRightsOver(in _holders[holder], unit, at, byte.MaxValue, ref allPowers);
        }

        return GovernancePowers.FromBits(allPowers.Powers);
    }

    /// <inheritdoc />
    /// <remarks>
    /// When allowed, the chain runs to the actor's right whose scope is nearest the unit, the newest of those. When
    /// refused, the reason is the first that holds of: a unit outside the known hierarchy, no right at all, a right that
    /// would confer the power but is revoked, not yet valid or expired (the newest such, with its chain), the power not
    /// held (with the powers the live rights over the unit do confer), and no scope covering the unit.
    /// </remarks>
    public RightsJustification Explain(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at)
    {
        var nearest = new NearestRight();
        var holder = FindHolder(actor);
        if (holder >= 0 && IsPower(power) && LiesInHierarchy(unit))
        {
            WalkRightsOver(in _holders[holder], unit, at, PowerBit(power), ref nearest);
        }

        return nearest.Slot >= 0
            ? new RightsJustification(true, ChainOf(nearest.Slot))
            : Refusal(holder, power, unit, at);
    }

    private EquatableArray<RightLink> ChainOf(int slot)
    {
        var chain = new List<RightLink>();
        for (var i = slot; i >= 0; i = _records[i].Parent)
        {
            chain.Add(LinkOf(i));
        }

        chain.Reverse();
        return new EquatableArray<RightLink>(chain);
    }

    // Why the answer is no: every right of the holder is looked at, nearest the cause first (the slow path; checks never take it).
    private RightsJustification Refusal(int holder, GovernancePower power, CommunityUnit unit, Instant at)
    {
        if (!LiesInHierarchy(unit))
        {
            return new RightsJustification(false, default) { Refusal = RightsRefusal.UnitOutsideHierarchy };
        }

        if (holder < 0)
        {
            return RightsJustification.Denied;
        }

        ref readonly var entry = ref _holders[holder];
        var canCover = TryScopeOf(in entry, unit, out var scope);
        var (anyCovering, livePowers, outOfTime) = (false, (byte)0, -1);
        for (var i = entry.Newest; canCover && i >= 0; i = _slots[i].NextOfHolder)
        {
            ref readonly var slot = ref _slots[i];
            if (!slot.Scope.Covers(scope))
            {
                continue;
            }

            anyCovering = true;
            if (IsLiveExactly(i, at))
            {
                livePowers |= slot.Powers;
            }
            else if (IsPower(power) && (slot.Powers & PowerBit(power)) != 0 && (outOfTime < 0 || i > outOfTime))
            {
                outOfTime = i;
            }
        }

        if (outOfTime >= 0)
        {
            var chain = ChainOf(outOfTime);
            if (IsRevoked(outOfTime) && at >= RevokedAtOf(outOfTime))
            {
                var with = _revokedWith.GetValueOrDefault(outOfTime, outOfTime);
                var parent = _records[with].Parent;
                return new RightsJustification(false, chain)
                {
                    Refusal = RightsRefusal.Revoked,
                    RevokedAt = RevokedAtOf(outOfTime),
                    RevokedWith = _rightIds[with],
                    RevokedBy = parent < 0 ? null : ActorOf(parent),
                };
            }

            var validity = ValidityOf(outOfTime);
            var early = validity.HasStart && at < validity.Start;
            return new RightsJustification(false, chain) { Refusal = early ? RightsRefusal.NotYetValid : RightsRefusal.Expired };
        }

        return anyCovering
            ? new RightsJustification(false, default) { Refusal = RightsRefusal.PowerNotHeld, PowersHeld = GovernancePowers.FromBits(livePowers) }
            : new RightsJustification(false, default) { Refusal = RightsRefusal.ScopeDoesNotCover };
    }

    private static bool IsPower(GovernancePower power) => power is >= GovernancePower.ResourceAllocation and <= GovernancePower.InspectionAndAssessment;

    private static byte PowerBit(GovernancePower power) => (byte)(1 << ((int)power - 1));
}
