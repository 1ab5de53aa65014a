using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Communities.Living;

/// <summary>
/// A living community (生活共同体社区): a community of common residence made of residential compounds (小区),
/// their courtyards (院落) and buildings (楼栋), where the homeowners' committee, the property company,
/// self-organisations and residents act and self-governance (自治) grows.
/// </summary>
/// <remarks>
/// A living community knows nothing of administrative jurisdictions: which administrative community each of its
/// buildings lies in is recorded by a <see cref="Coverage.CoverageRegister"/>, never here.
/// </remarks>
[LivingSide]
public sealed class LivingCommunity : AggregateRoot, IEventSourced<LivingCommunity>
{

    private readonly Dictionary<CompoundId, CompoundEntry> _compounds = [];
    private readonly Dictionary<CourtyardId, CourtyardEntry> _courtyards = [];
    private readonly Dictionary<BuildingId, BuildingEntry> _buildings = [];

    private LivingCommunity()
    {
    }

    /// <summary>The living community's id.</summary>
    public LivingCommunityId Id { get; private set; }

    /// <summary>The living community's name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Founds a living community.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="at">When.</param>
    /// <returns>The living community, with its <see cref="LivingCommunityFounded"/> event pending.</returns>
    /// <exception cref="DomainRuleViolationException">The id is missing or the name is blank.</exception>
    public static LivingCommunity Found(LivingCommunityId id, string name, Instant at)
    {
        Guard.Against.MissingId(id);
        var trimmed = Guard.Against.MissingText(name);
        var community = new LivingCommunity();
        community.RaiseEvent(new LivingCommunityFounded(at, id, trimmed));
        return community;
    }

    /// <inheritdoc />
    public static string StreamKind => "living-community";

    /// <inheritdoc />
    public StreamName<LivingCommunity> Stream => StreamOf(Id);

    /// <summary>The stream of the living community with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The stream's name, <c>living-community/…</c>.</returns>
    public static StreamName<LivingCommunity> StreamOf(LivingCommunityId id) => StreamName.For<LivingCommunity>(id.Value);

    /// <summary>Rebuilds a living community from its events.</summary>
    /// <param name="history">Its events, starting with <see cref="LivingCommunityFounded"/>.</param>
    /// <returns>The living community, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the founding or holds a foreign event.</exception>
    public static LivingCommunity FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<LivingCommunity, LivingCommunityFounded>(new LivingCommunity(), history);

    /// <summary>Adds a residential compound (小区).</summary>
    /// <param name="compound">The compound's id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The id is missing or taken, or the name is blank.</exception>
    public void AddCompound(CompoundId compound, string name, Instant at)
    {
        Guard.Against.MissingId(compound);
        CheckRule(new LivingUnitIsAddedOnceRule("compound", compound.Value, _compounds.ContainsKey(compound)));
        var trimmed = Guard.Against.MissingText(name);
        RaiseEvent(new CompoundAdded(at, compound, trimmed));
    }

    /// <summary>Adds a courtyard (院落) to one of the community's compounds.</summary>
    /// <param name="courtyard">The courtyard's id.</param>
    /// <param name="compound">The compound it lies in.</param>
    /// <param name="name">Its name.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">An id is missing, the courtyard's is taken, the compound is unknown, or the name is blank.</exception>
    public void AddCourtyard(CourtyardId courtyard, CompoundId compound, string name, Instant at)
    {
        Guard.Against.MissingId(courtyard);
        CheckRule(new LivingUnitIsAddedOnceRule("courtyard", courtyard.Value, _courtyards.ContainsKey(courtyard)));
        CheckRule(new CompoundIsPartOfCommunityRule(compound, _compounds.ContainsKey(compound)));
        var trimmed = Guard.Against.MissingText(name);
        RaiseEvent(new CourtyardAdded(at, courtyard, compound, trimmed));
    }

    /// <summary>Adds a building (楼栋) to one of the community's compounds, and optionally to one of its courtyards.</summary>
    /// <param name="building">The building's id.</param>
    /// <param name="compound">The compound it lies in.</param>
    /// <param name="courtyard">The courtyard of that compound it belongs to, or <see langword="null"/>.</param>
    /// <param name="name">Its name, e.g. 3栋.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// An id is missing, the building's is taken, the compound is unknown, the courtyard is not the compound's, or
    /// the name is blank.
    /// </exception>
    public void AddBuilding(BuildingId building, CompoundId compound, CourtyardId? courtyard, string name, Instant at)
    {
        Guard.Against.MissingId(building);
        CheckRule(new LivingUnitIsAddedOnceRule("building", building.Value, _buildings.ContainsKey(building)));
        CheckRule(new CompoundIsPartOfCommunityRule(compound, _compounds.ContainsKey(compound)));
        if (courtyard is { } yard)
        {
            CheckRule(new CourtyardLiesInCompoundRule(yard, compound, _courtyards.TryGetValue(yard, out var entry) ? entry.Compound : null));
        }

        var trimmed = Guard.Against.MissingText(name);
        RaiseEvent(new BuildingAdded(at, building, compound, courtyard, trimmed));
    }

    /// <summary>Whether the building is part of this living community.</summary>
    /// <param name="building">The building.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool HasBuilding(BuildingId building) => _buildings.ContainsKey(building);

    /// <summary>The buildings of a compound, in id order.</summary>
    /// <param name="compound">The compound.</param>
    /// <returns>Its buildings; empty for an unknown compound.</returns>
    public IReadOnlyList<BuildingId> BuildingsOf(CompoundId compound) =>
        [.. _buildings.Values.Where(b => b.Compound == compound).Select(b => b.Id).Order()];

    /// <summary>An immutable picture of the living community.</summary>
    /// <returns>The snapshot, units in id order.</returns>
    public LivingCommunitySnapshot ToSnapshot() => new(
        Id,
        Name,
        new EquatableArray<CompoundEntry>(_compounds.Values.OrderBy(c => c.Id)),
        new EquatableArray<CourtyardEntry>(_courtyards.Values.OrderBy(c => c.Id)),
        new EquatableArray<BuildingEntry>(_buildings.Values.OrderBy(b => b.Id)));

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case LivingCommunityFounded e:
                Id = e.Community;
                Name = e.Name;
                break;
            case CompoundAdded e:
                _compounds.Add(e.Compound, new CompoundEntry(e.Compound, e.Name));
                break;
            case CourtyardAdded e:
                _courtyards.Add(e.Courtyard, new CourtyardEntry(e.Courtyard, e.Compound, e.Name));
                break;
            case BuildingAdded e:
                _buildings.Add(e.Building, new BuildingEntry(e.Building, e.Compound, e.Courtyard, e.Name));
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }

}
