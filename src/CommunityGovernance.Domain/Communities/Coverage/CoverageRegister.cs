using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>
/// The coverage register (覆盖关系): the explicit, many-to-many record of which administrative community's
/// jurisdiction each building of each living community lies in. One administrative community covers several
/// living communities; one large compound may straddle several jurisdictions.
/// </summary>
/// <remarks>
/// <para>
/// The register is the consistency boundary of the rule "a building lies in exactly one administrative community
/// at a time": a building is placed once, moved by a command with its own event, and withdrawn explicitly. Keep
/// one register per district (its <see cref="Scope"/>), so that every jurisdiction a building could move between
/// lies in the same boundary.
/// </para>
/// <para>Coverage is never identity: the two sides stay distinct types, and this register only pairs their ids.</para>
/// </remarks>
[SanctionedCrossing("Coverage is the explicit record of how the two sides overlap; it names each side by its identifier only.")]
public sealed class CoverageRegister : AggregateRoot, IEventSourced<CoverageRegister>, ICoverageQuery
{

    private readonly Dictionary<BuildingId, BuildingCoverage> _buildings = [];

    // How many buildings each (jurisdiction, living community) pair shares; kept so both queries are cheap.
    private readonly Dictionary<(AdministrativeCommunityId Jurisdiction, LivingCommunityId Living), int> _overlaps = [];

    // The jurisdictions each living community spans, in code order: what every crossing asks, so it is kept, not scanned.
    private readonly Dictionary<LivingCommunityId, List<AdministrativeCommunityId>> _spans = [];

    private CoverageRegister()
    {
    }

    /// <summary>The area whose administrative communities this register covers.</summary>
    public AreaCode Scope { get; private set; }

    /// <summary>The number of buildings in the register.</summary>
    public int BuildingCount => _buildings.Count;

    /// <summary>Opens a register for the administrative communities within <paramref name="scope"/>.</summary>
    /// <param name="scope">A district (usually) or a wider or narrower administrative unit above the community level.</param>
    /// <param name="directory">What exists: the scope must be established at <paramref name="at"/>.</param>
    /// <param name="at">When.</param>
    /// <returns>The empty register.</returns>
    /// <exception cref="DomainRuleViolationException">The scope is not a well-formed code above the community level.</exception>
    public static CoverageRegister Open(AreaCode scope, ICommunityDirectory directory, Instant at)
    {
        CheckRule(JurisdictionLiesInScopeRule.ForScope(scope));
        Guard.Against.MissingValue(directory);
        CheckRule(new UnitIsEstablishedRule(directory, CommunityUnit.Administrative(scope), "the register's scope", at));

        var register = new CoverageRegister();
        register.RaiseEvent(new CoverageRegisterOpened(at, scope));
        return register;
    }

    /// <inheritdoc />
    public static string StreamKind => "coverage-register";

    /// <inheritdoc />
    public StreamName<CoverageRegister> Stream => StreamOf(Scope);

    /// <summary>The stream of the coverage register whose scope is <paramref name="scope"/>.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The stream's name, <c>coverage-register/…</c>.</returns>
    public static StreamName<CoverageRegister> StreamOf(AreaCode scope) => StreamName.For<CoverageRegister>(scope.ToString());

    /// <summary>Rebuilds a register from its events.</summary>
    /// <param name="history">Its events, starting with <see cref="CoverageRegisterOpened"/>.</param>
    /// <returns>The register, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the opening or holds a foreign event.</exception>
    public static CoverageRegister FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<CoverageRegister, CoverageRegisterOpened>(new CoverageRegister(), history);

    /// <summary>Places a building of a living community in an administrative community's jurisdiction.</summary>
    /// <param name="building">The building.</param>
    /// <param name="livingCommunity">The living community it belongs to, read to check that it has the building.</param>
    /// <param name="jurisdiction">The administrative community it lies in.</param>
    /// <param name="district">The district that establishes <paramref name="jurisdiction"/>, read to check that it does.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// An id or input is missing, the living community has no such building
    /// (<see cref="CommunityRules.BuildingBelongsToLivingCommunity"/>), the building already lies in a jurisdiction
    /// (<see cref="CommunityRules.BuildingLiesInOneJurisdiction"/>), the jurisdiction is outside the scope
    /// (<see cref="CommunityRules.JurisdictionLiesInScope"/>) or not established in the district
    /// (<see cref="CommunityRules.JurisdictionIsEstablished"/>).
    /// </exception>
    public void PlaceBuilding(BuildingId building, LivingCommunity livingCommunity, AdministrativeCommunityId jurisdiction, District district, Instant at)
    {
        Guard.Against.MissingId(building);
        Guard.Against.MissingValue(livingCommunity);
        Guard.Against.MissingId(jurisdiction);
        Guard.Against.MissingValue(district);
        CheckRule(new BuildingBelongsToLivingCommunityRule(building, livingCommunity));
        CheckRule(new BuildingLiesInOneJurisdictionRule(building, _buildings.ContainsKey(building)));
        CheckRule(new JurisdictionLiesInScopeRule(Scope, jurisdiction));
        CheckRule(new JurisdictionIsEstablishedRule(jurisdiction, district));
        RaiseEvent(new BuildingPlacedInJurisdiction(at, building, livingCommunity.Id, jurisdiction));
    }

    /// <summary>Moves a building to another administrative community's jurisdiction (区划调整).</summary>
    /// <param name="building">The building.</param>
    /// <param name="to">The jurisdiction it moves to.</param>
    /// <param name="district">The district that establishes <paramref name="to"/>, read to check that it does.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// An id or input is missing, the building is not in the register (<see cref="CommunityRules.BuildingIsCovered"/>), it
    /// already lies there (<see cref="CommunityRules.MoveChangesJurisdiction"/>), or the target is outside the scope
    /// (<see cref="CommunityRules.JurisdictionLiesInScope"/>) or not established in the district
    /// (<see cref="CommunityRules.JurisdictionIsEstablished"/>).
    /// </exception>
    public void MoveBuilding(BuildingId building, AdministrativeCommunityId to, District district, Instant at)
    {
        Guard.Against.MissingId(building);
        Guard.Against.MissingId(to);
        Guard.Against.MissingValue(district);
        CheckRule(new BuildingIsCoveredRule(building, _buildings.TryGetValue(building, out var current)));
        CheckRule(new MoveChangesJurisdictionRule(current.Jurisdiction, to));
        CheckRule(new JurisdictionLiesInScopeRule(Scope, to));
        CheckRule(new JurisdictionIsEstablishedRule(to, district));
        RaiseEvent(new BuildingMovedBetweenJurisdictions(at, building, current.LivingCommunity, current.Jurisdiction, to));
    }

    /// <summary>Takes a building out of the register.</summary>
    /// <param name="building">The building.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The id is missing or the building is not in the register.</exception>
    public void WithdrawBuilding(BuildingId building, Instant at)
    {
        Guard.Against.MissingId(building);
        CheckRule(new BuildingIsCoveredRule(building, _buildings.TryGetValue(building, out var current)));
        RaiseEvent(new BuildingWithdrawnFromCoverage(at, building, current.LivingCommunity, current.Jurisdiction));
    }

    /// <summary>The administrative community a building lies in.</summary>
    /// <param name="building">The building.</param>
    /// <param name="jurisdiction">Its jurisdiction, when it is in the register.</param>
    /// <returns><see langword="true"/> when the building is in the register.</returns>
    public bool TryGetJurisdiction(BuildingId building, out AdministrativeCommunityId jurisdiction)
    {
        var found = _buildings.TryGetValue(building, out var coverage);
        jurisdiction = coverage.Jurisdiction;
        return found;
    }

    /// <inheritdoc />
    public bool Covers(AdministrativeCommunityId jurisdiction, LivingCommunityId livingCommunity) =>
        _overlaps.ContainsKey((jurisdiction, livingCommunity));

    /// <summary>Which living communities this jurisdiction covers: those with at least one building in it.</summary>
    /// <param name="jurisdiction">The administrative community.</param>
    /// <returns>The living communities, in id order.</returns>
    public IReadOnlyList<LivingCommunityId> LivingCommunitiesCoveredBy(AdministrativeCommunityId jurisdiction) =>
        [.. _overlaps.Keys.Where(k => k.Jurisdiction == jurisdiction).Select(k => k.Living).Order()];

    /// <inheritdoc />
    public IReadOnlyList<AdministrativeCommunityId> JurisdictionsSpannedBy(LivingCommunityId livingCommunity) =>
        _spans.TryGetValue(livingCommunity, out var spanned) ? [.. spanned] : [];

    /// <summary>
    /// Which jurisdictions a group of buildings spans, such as the buildings of one compound (小区) as
    /// <see cref="LivingCommunity.BuildingsOf"/> lists them. Buildings not in the register are skipped.
    /// </summary>
    /// <param name="buildings">The buildings.</param>
    /// <returns>The administrative communities holding at least one of them, in code order.</returns>
    /// <exception cref="DomainRuleViolationException">The buildings are missing.</exception>
    public IReadOnlyList<AdministrativeCommunityId> JurisdictionsOf(IEnumerable<BuildingId> buildings)
    {
        Guard.Against.MissingValue(buildings);
        return [.. buildings.Where(_buildings.ContainsKey).Select(b => _buildings[b].Jurisdiction).Distinct().Order()];
    }

    /// <summary>The buildings lying in a jurisdiction.</summary>
    /// <param name="jurisdiction">The administrative community.</param>
    /// <returns>The buildings, in id order.</returns>
    public IReadOnlyList<BuildingId> BuildingsIn(AdministrativeCommunityId jurisdiction) =>
        [.. _buildings.Values.Where(b => b.Jurisdiction == jurisdiction).Select(b => b.Building).Order()];

    /// <summary>An immutable picture of the register.</summary>
    /// <returns>The snapshot, buildings in id order.</returns>
    public CoverageSnapshot ToSnapshot() => new(Scope, new EquatableArray<BuildingCoverage>(_buildings.Values.OrderBy(b => b.Building)));

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case CoverageRegisterOpened e:
                Scope = e.Scope;
                break;
            case BuildingPlacedInJurisdiction e:
                Cover(new BuildingCoverage(e.Building, e.LivingCommunity, e.Jurisdiction));
                break;
            case BuildingMovedBetweenJurisdictions e:
                Uncover(e.Building);
                Cover(new BuildingCoverage(e.Building, e.LivingCommunity, e.To));
                break;
            case BuildingWithdrawnFromCoverage e:
                Uncover(e.Building);
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }


    private void Cover(BuildingCoverage coverage)
    {
        _buildings.Add(coverage.Building, coverage);
        var key = (coverage.Jurisdiction, coverage.LivingCommunity);
        var shared = _overlaps.GetValueOrDefault(key);
        _overlaps[key] = shared + 1;
        if (shared == 0)
        {
            if (!_spans.TryGetValue(coverage.LivingCommunity, out var spanned))
            {
                _spans.Add(coverage.LivingCommunity, spanned = []);
            }

            var at = spanned.BinarySearch(coverage.Jurisdiction);
            spanned.Insert(~at, coverage.Jurisdiction);
        }
    }

    private void Uncover(BuildingId building)
    {
        if (!_buildings.Remove(building, out var coverage))
        {
            return;
        }

        var key = (coverage.Jurisdiction, coverage.LivingCommunity);
        var remaining = _overlaps[key] - 1;
        if (remaining == 0)
        {
            _overlaps.Remove(key);
            var spanned = _spans[coverage.LivingCommunity];
            spanned.Remove(coverage.Jurisdiction);
            if (spanned.Count == 0)
            {
                _spans.Remove(coverage.LivingCommunity);
            }
        }
        else
        {
            _overlaps[key] = remaining;
        }
    }
}
