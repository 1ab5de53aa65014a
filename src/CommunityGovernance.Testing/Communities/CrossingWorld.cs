using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// What a crossing reads, built in a few lines for a test: which administrative communities cover which living
/// communities (real <see cref="CoverageRegister"/>s, one per district, over real <see cref="District"/>s and
/// <see cref="LivingCommunity"/>s) and which actors hold which powers over which units (a real
/// <see cref="GovernanceRightsIndex"/>, fed the districts' events too, so it knows the hierarchy).
/// </summary>
/// <example>
/// <code>
/// var world = new CrossingWorld(at)
///     .Cover(guanghua, heping)
///     .Grant(streetOffice, GovernancePowers.Of(GovernancePower.TaskSetting), CommunityUnit.Administrative(heping));
/// AdministrativeOrder.Sink(id, streetOffice, GovernancePower.TaskSetting, channel, guanghua, task, null, world.Rights, world, at);
/// </code>
/// </example>
public sealed class CrossingWorld : ICoverageQuery
{
    private readonly Instant _at;
    private readonly Dictionary<AreaCode, District> _districts = [];
    private readonly Dictionary<AreaCode, CoverageRegister> _registers = [];
    private readonly Dictionary<LivingCommunityId, LivingCommunity> _livings = [];
    private readonly List<DomainEvent> _events = [];
    private GovernanceRightsIndex? _rights;
    private int _grants;

    /// <summary>Starts an empty world whose facts hold from <paramref name="at"/> on.</summary>
    /// <param name="at">When the districts, the coverage and the rights begin.</param>
    public CrossingWorld(Instant at) => _at = at;

    /// <summary>The rights granted so far, as an index (rebuilt after each grant).</summary>
    public GovernanceRightsIndex Rights => _rights ??= GovernanceRightsIndex.Build(_events);

    /// <summary>Establishes <paramref name="jurisdiction"/> (and its district and street) when new, and places a new building of <paramref name="living"/> in it.</summary>
    /// <param name="living">The living community.</param>
    /// <param name="jurisdiction">The administrative community that is to cover it.</param>
    /// <returns>This world.</returns>
    public CrossingWorld Cover(LivingCommunityId living, AdministrativeCommunityId jurisdiction)
    {
        var district = Establish(jurisdiction);
        if (!_livings.TryGetValue(living, out var community))
        {
            community = LivingCommunity.Found(living, $"小区{living}", _at);
            community.AddCompound(new CompoundId("C-1"), "一期", _at);
            _livings.Add(living, community);
        }

        var building = new BuildingId($"B-{_registers[district.Code].BuildingCount + 1}");
        community.AddBuilding(building, new CompoundId("C-1"), null, $"{building}", _at);
        _registers[district.Code].PlaceBuilding(building, community, jurisdiction, district, _at);
        return this;
    }

    /// <summary>Withdraws every building of <paramref name="living"/> that lies in <paramref name="jurisdiction"/>, so that it no longer covers it.</summary>
    /// <param name="living">The living community.</param>
    /// <param name="jurisdiction">The administrative community.</param>
    /// <returns>This world.</returns>
    public CrossingWorld Uncover(LivingCommunityId living, AdministrativeCommunityId jurisdiction)
    {
        if (_registers.TryGetValue(jurisdiction.AreaCode.Parent.Parent, out var register) && _livings.TryGetValue(living, out var community))
        {
            foreach (var building in register.BuildingsIn(jurisdiction).Where(community.HasBuilding))
            {
                register.WithdrawBuilding(building, _at);
            }
        }

        return this;
    }

    /// <summary>Grants <paramref name="holder"/> an original right with <paramref name="powers"/> over <paramref name="scope"/>, from the world's start on.</summary>
    /// <param name="holder">The actor.</param>
    /// <param name="powers">The powers.</param>
    /// <param name="scope">The unit.</param>
    /// <returns>This world.</returns>
    public CrossingWorld Grant(ActorId holder, GovernancePowers powers, CommunityUnit scope)
    {
        if (scope.IsAdministrative && scope.AreaCode.Level == AdministrativeLevel.Community)
        {
            Establish(AdministrativeCommunityId.Parse(scope.AreaCode.ToString()));
        }

        var directory = new FixedCommunityDirectory(_at).Establish(scope).Register(holder);
        var right = GovernanceRight.Grant(new GovernanceRightId($"WORLD-{++_grants}"), new RightTerms(holder, powers, scope, new Interval(_at, null)), directory, _at);
        _events.AddRange(right.PendingEvents);
        _rights = null;
        return this;
    }

    /// <inheritdoc />
    public IReadOnlyList<AdministrativeCommunityId> JurisdictionsSpannedBy(LivingCommunityId livingCommunity) =>
        [.. _registers.Values.SelectMany(r => r.JurisdictionsSpannedBy(livingCommunity)).Order()];

    /// <inheritdoc />
    public bool Covers(AdministrativeCommunityId jurisdiction, LivingCommunityId livingCommunity) =>
        _registers.Values.Any(r => r.Covers(jurisdiction, livingCommunity));

    private District Establish(AdministrativeCommunityId community)
    {
        var code = community.AreaCode.Parent.Parent;
        if (!_districts.TryGetValue(code, out var district))
        {
            district = District.Establish(code, $"区{code}", _at);
            _districts.Add(code, district);
            _registers.Add(code, CoverageRegister.Open(code, _at));
        }

        if (!district.Streets.Contains(community.StreetCode))
        {
            district.EstablishStreet(community.StreetCode, $"街道{community.StreetCode}", _at);
        }

        if (!district.Contains(community))
        {
            district.EstablishCommunity(community, $"社区{community}", _at);
        }

        _events.AddRange(district.DequeuePendingEvents());
        _rights = null;
        return district;
    }
}
