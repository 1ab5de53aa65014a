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
/// 48-byte entries that carry a copy of the holder's first right, and each holder's further rights are chained through
/// a flat array of 32-byte slots that hold only what the check reads — the scope as one number
/// (<see cref="ScopeCode"/>), the live span as two, the powers as a byte. Whether a scope covers the unit is
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
        // Find the holder, walk up from the unit through the scopes it holds rights at, and look at the rights there.
        var anyRight = default(AnyRight);
        var holder = IsPower(power) ? FindHolder(actor) : -1;
        return holder >= 0 && WalkRightsOver(in _holders[holder], unit, at, PowerBit(power), ref anyRight);
    }

    /// <inheritdoc />
    public GovernancePowers PowersOver(ActorId actor, CommunityUnit unit, Instant at)
    {
        var allPowers = default(AllPowers);
        var holder = FindHolder(actor);
        if (holder >= 0)
        {
            WalkRightsOver(in _holders[holder], unit, at, byte.MaxValue, ref allPowers);
        }

        return GovernancePowers.FromBits(allPowers.Powers);
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may exercise <paramref name="power"/> over <paramref name="unit"/> at
    /// <paramref name="at"/>, and if so the chain of rights that says so.
    /// </summary>
    /// <param name="actor">The actor.</param>
    /// <param name="power">The power.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="at">The instant.</param>
    /// <returns>
    /// The answer and, when allowed, the chain from the original right to the actor's own: its right whose scope is
    /// nearest the unit, the newest of those.
    /// </returns>
    public RightsJustification Explain(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at)
    {
        var nearest = new NearestRight();
        var holder = IsPower(power) ? FindHolder(actor) : -1;
        if (holder >= 0)
        {
            WalkRightsOver(in _holders[holder], unit, at, PowerBit(power), ref nearest);
        }

        if (nearest.Slot < 0)
        {
            return RightsJustification.Denied;
        }

        var chain = new List<RightLink>();
        for (var i = nearest.Slot; i >= 0; i = _records[i].Parent)
        {
            chain.Add(LinkOf(i));
        }

        chain.Reverse();
        return new RightsJustification(true, new EquatableArray<RightLink>(chain));
    }

    private static bool IsPower(GovernancePower power) => power is >= GovernancePower.ResourceAllocation and <= GovernancePower.InspectionAndAssessment;

    private static byte PowerBit(GovernancePower power) => (byte)(1 << ((int)power - 1));
}
