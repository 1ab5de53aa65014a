using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Communities.Hierarchy;

/// <summary>
/// A district or county (区/县) and the administrative hierarchy below it: its street offices and townships
/// (街道/乡镇) and their administrative communities (社区/村, the residents' and villagers' committees'
/// jurisdictions), each named by its statistical area code.
/// </summary>
/// <remarks>
/// The district is the consistency boundary of the hierarchy: a street's first 6 digits are the district's code,
/// a community's first 9 digits are its street's, and no unit is established twice. Every unit is established by
/// an event, so the hierarchy can be rebuilt with <see cref="FromHistory"/>.
/// </remarks>
[AdministrativeSide]
public sealed class District : AggregateRoot, IEventSourced<District>
{

    // Each street keeps its communities, with their names, in code order. A community is found through its street
    // (the first 9 digits of its code; a street has at most 999 communities), so the district keeps no table of all
    // its communities: loading the whole country fills one short list per street, not a growing table per district.
    private readonly Dictionary<AreaCode, StreetUnits> _streets = [];
    private int _communityCount;
    private CommunityIds? _communityIds;

    private District()
    {
    }

    /// <summary>The district's 6-digit area code.</summary>
    public AreaCode Code { get; private set; }

    /// <summary>The district's name, e.g. 温江区.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The codes of the district's streets and townships, in code order.</summary>
    public IReadOnlyList<AreaCode> Streets => [.. _streets.Keys.Order()];

    /// <summary>
    /// The ids of the district's administrative communities, in no particular order: for walking every community
    /// without sorting (use <see cref="CommunitiesOf"/> for one street's, in code order).
    /// </summary>
    public IReadOnlyCollection<AdministrativeCommunityId> Communities => _communityIds ??= new CommunityIds(this);

    /// <summary>The number of administrative communities in the district.</summary>
    public int CommunityCount => _communityCount;

    /// <summary>Takes a district into the hierarchy.</summary>
    /// <param name="code">The district's area code (6 significant digits).</param>
    /// <param name="name">The district's name.</param>
    /// <param name="at">When.</param>
    /// <returns>The district, with its <see cref="DistrictEstablished"/> event pending.</returns>
    /// <exception cref="DomainRuleViolationException">The code is not a district code, or the name is blank.</exception>
    public static District Establish(AreaCode code, string name, Instant at)
    {
        CheckRule(new DistrictCodeIsDistrictLevelRule(code));
        var trimmed = Guard.Against.MissingText(name);
        var district = new District();
        district.RaiseEvent(new DistrictEstablished(at, code, trimmed));
        return district;
    }

    /// <inheritdoc />
    public static string StreamKind => "district";

    /// <inheritdoc />
    public StreamName<District> Stream => StreamOf(Code);

    /// <summary>The stream of the district with code <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The stream's name, <c>district/…</c>.</returns>
    public static StreamName<District> StreamOf(AreaCode code) => StreamName.For<District>(code.ToString());

    /// <summary>Rebuilds a district from its events.</summary>
    /// <param name="history">The district's events, starting with <see cref="DistrictEstablished"/>.</param>
    /// <returns>The district, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the district's establishment or holds a foreign event.</exception>
    public static District FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<District, DistrictEstablished>(new District(), history);

    /// <summary>Establishes a street office or township (街道/乡镇) in this district.</summary>
    /// <param name="code">The street's area code (9 significant digits, starting with the district's 6).</param>
    /// <param name="name">The street's name.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The code is not a street code under this district (<see cref="CommunityRules.StreetLiesInDistrict"/>), the street
    /// exists (<see cref="CommunityRules.UnitIsEstablishedOnce"/>), or the name is blank.
    /// </exception>
    public void EstablishStreet(AreaCode code, string name, Instant at)
    {
        CheckRule(new StreetLiesInDistrictRule(Code, code));
        CheckRule(new UnitIsEstablishedOnceRule(code, _streets.ContainsKey(code)));
        var trimmed = Guard.Against.MissingText(name);
        RaiseEvent(new StreetEstablished(at, code, trimmed));
    }

    /// <summary>Establishes an administrative community (社区/村) under one of this district's streets.</summary>
    /// <param name="community">The community's id (its 12-digit area code).</param>
    /// <param name="name">The committee's name.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The id is missing, its street is not established here (<see cref="CommunityRules.CommunityStreetIsEstablished"/>), the
    /// community exists (<see cref="CommunityRules.UnitIsEstablishedOnce"/>), or the name is blank.
    /// </exception>
    public void EstablishCommunity(AdministrativeCommunityId community, string name, Instant at)
    {
        Guard.Against.MissingId(community);
        var street = _streets.GetValueOrDefault(community.StreetCode);
        CheckRule(new CommunityStreetIsEstablishedRule(community, street is not null));
        CheckRule(new UnitIsEstablishedOnceRule(community.AreaCode, street!.IndexOf(community) >= 0));
        var trimmed = Guard.Against.MissingText(name);
        RaiseEvent(new AdministrativeCommunityEstablished(at, community, trimmed));
    }

    /// <summary>Whether the administrative community is established in this district.</summary>
    /// <param name="community">The community.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Contains(AdministrativeCommunityId community) =>
        _streets.TryGetValue(community.StreetCode, out var street) && street.IndexOf(community) >= 0;

    /// <summary>The administrative communities under a street, in code order.</summary>
    /// <param name="street">The street's code.</param>
    /// <returns>The communities; empty for a street not established here.</returns>
    public IReadOnlyList<AdministrativeCommunityId> CommunitiesOf(AreaCode street) =>
        _streets.TryGetValue(street, out var units) ? [.. units.Communities.Select(c => c.Id)] : [];

    /// <summary>The name of a street or administrative community of this district.</summary>
    /// <param name="unit">The unit's code.</param>
    /// <param name="name">Its name, when it is established here.</param>
    /// <returns><see langword="true"/> when the unit is established here.</returns>
    public bool TryGetName(AreaCode unit, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? name)
    {
        name = null;
        if (unit.Level == AdministrativeLevel.Community)
        {
            var community = new AdministrativeCommunityId(unit);
            if (_streets.TryGetValue(community.StreetCode, out var street) && street.IndexOf(community) is >= 0 and var found)
            {
                name = street.Communities[found].Name;
            }
        }
        else if (_streets.TryGetValue(unit, out var street))
        {
            name = street.Name;
        }

        return name is not null;
    }

    /// <summary>An immutable picture of the district, for comparison and display.</summary>
    /// <returns>The snapshot, units in code order.</returns>
    public DistrictSnapshot ToSnapshot() => new(
        Code,
        Name,
        new EquatableArray<AdministrativeUnitEntry>(_streets.Select(s => new AdministrativeUnitEntry(s.Key, s.Value.Name)).OrderBy(s => s.Code)),
        new EquatableArray<AdministrativeUnitEntry>(_streets.OrderBy(s => s.Key).SelectMany(s => s.Value.Communities, (_, c) => new AdministrativeUnitEntry(c.Id.AreaCode, c.Name))));

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case DistrictEstablished e:
                Code = e.District;
                Name = e.Name;
                break;
            case StreetEstablished e:
                // A command checks both rules first; a history that breaks them is not this district's.
                var streetAdded = _streets.TryAdd(e.Street, new StreetUnits(e.Name));
                CheckRule(new UnitIsEstablishedOnceRule(e.Street, exists: !streetAdded));
                break;
            case AdministrativeCommunityEstablished e:
                var streetExists = _streets.TryGetValue(e.Community.StreetCode, out var street);
                CheckRule(new CommunityStreetIsEstablishedRule(e.Community, streetExists));
                var communityAdded = street!.Add(e.Community, e.Name);
                CheckRule(new UnitIsEstablishedOnceRule(e.Community.AreaCode, exists: !communityAdded));
                _communityCount++;
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }

    // A street's name and its communities, in code order. Rows arrive in code order, so adding is an append.
    private sealed class StreetUnits(string name)
    {
        public string Name { get; } = name;

        // Room for 16 from the start: a Chinese street or township has 15 communities on average (620,573 in 41,352),
        // so most lists never grow, where growing from 4 copied and dropped 12 entries of 16 bytes a street.
        public List<(AdministrativeCommunityId Id, string Name)> Communities { get; } = new(16);

        public int IndexOf(AdministrativeCommunityId community)
        {
            var (low, high) = (0, Communities.Count - 1);
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var order = Communities[middle].Id.CompareTo(community);
                if (order == 0)
                {
                    return middle;
                }

                (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
            }

            return ~low;
        }

        public bool Add(AdministrativeCommunityId community, string name)
        {
            var place = Communities.Count == 0 || Communities[^1].Id.CompareTo(community) < 0 ? ~Communities.Count : IndexOf(community);
            if (place >= 0)
            {
                return false;
            }

            Communities.Insert(~place, (community, name));
            return true;
        }
    }

    // Every community of the district, street by street, without copying them.
    private sealed class CommunityIds(District district) : IReadOnlyCollection<AdministrativeCommunityId>
    {
        public int Count => district._communityCount;

        public IEnumerator<AdministrativeCommunityId> GetEnumerator()
        {
            foreach (var street in district._streets.Values)
            {
                foreach (var (id, _) in street.Communities)
                {
                    yield return id;
                }
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
