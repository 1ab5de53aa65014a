using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;

namespace CommunityGovernance.Rights;

/// <content>
/// The administrative hierarchy the index knows. Fed the <see cref="District"/> events as well as the rights', the index
/// answers "no" (<see cref="RightsRefusal.UnitOutsideHierarchy"/>) for a district, street or community that was never
/// established, however wide a right above it reaches: a right over a street covers the communities established
/// under it, not every code that could be written under it. An index fed no hierarchy answers from the codes alone.
/// The units established sit in a <see cref="ProbingTable{TPlace}"/> of packed codes, 8 bytes a place: one probe, one
/// miss at most, where a set of codes waited for a bucket and then an entry; the check asks for the place it will probe
/// as it starts, so that the miss overlaps the holder's.
/// </content>
public sealed partial class GovernanceRightsIndex
{
    // The districts, streets and communities established, by packed code; empty until a District event is applied.
    private ProbingTable<UnitPlace> _established = new(new UnitPlace[8]);
    private int _establishedCount;

    /// <summary>Whether the index has been fed the <see cref="District"/> events of some district, and so checks units against it.</summary>
    public bool KnowsHierarchy => _establishedCount > 0;

    private void Establish(AreaCode unit)
    {
        if (!_established.HasRoomForOneMore(_establishedCount))
        {
            _established.MoveTo(LongLived<UnitPlace>(_established.Length * 2), default(ByCode));
        }

        ref var place = ref _established[_established.Find(HashOf(unit), unit.Packed, default(ByCode))];
        if (place.Packed == 0)
        {
            place.Packed = unit.Packed;
            _establishedCount++;
        }
    }

    // Whether a unit lies within the hierarchy: always, when none is known, for a living community, and above the district.
    private bool LiesInHierarchy(CommunityUnit unit) =>
        _establishedCount == 0
        || !unit.IsAdministrative
        || unit.AreaCode.Level < AdministrativeLevel.District
        || _established[_established.Find(HashOf(unit.AreaCode), unit.AreaCode.Packed, default(ByCode))].Packed != 0;

    // Asks the processor for the place LiesInHierarchy will probe, so that its miss overlaps the holder's.
    private unsafe void PrefetchHierarchy(CommunityUnit unit)
    {
        if (Sse.IsSupported && _establishedCount != 0 && unit.IsAdministrative)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _established.HomeOf(HashOf(unit.AreaCode))));
        }
    }

    // The code's bits mixed (Fibonacci hashing), so that neighbouring codes spread over the table.
    private static int HashOf(AreaCode unit) => Mix(unit.Packed);

    private static int Mix(long packed) => (int)((ulong)packed * 0x9E3779B97F4A7C15UL >> 32);

    /// <summary>One place of the hierarchy's table: a packed code, 0 when empty.</summary>
    private struct UnitPlace
    {
        public long Packed;
    }

    private readonly struct ByCode : IProbe<UnitPlace, long>
    {
        public static bool IsEmpty(in UnitPlace place) => place.Packed == 0;

        public int HashOf(in UnitPlace place) => Mix(place.Packed);

        public bool Holds(in UnitPlace place, int hash, long key) => place.Packed == key;
    }
}
