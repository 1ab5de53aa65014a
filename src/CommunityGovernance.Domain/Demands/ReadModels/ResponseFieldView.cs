using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using NodaTime;

namespace CommunityGovernance.Demands.ReadModels;

/// <summary>
/// The response field (回应场) rolled up through coverage, kept current from the feed: a demand about a living community
/// counts for every administrative community that covers it, and up to the street and the district; by assignee and by
/// the assignee's kind; and the demand list a street-office screen pages through.
/// </summary>
/// <remarks>
/// <para>
/// How a demand is counted. A demand about an administrative unit counts for that unit. A demand about a living
/// community counts, whole, for each administrative community the coverage register says the living community spans
/// (demands do not name buildings, so they are not split): a compound straddling two jurisdictions puts its demands in
/// both. At the street and district levels a demand counts once, however many of its communities lie there. A demand
/// about a living community the coverage does not (yet) know counts for no administrative unit, and is listed by
/// <see cref="Uncovered"/>. Coverage is read as it stands now: a building moved between jurisdictions moves its living
/// community's demands with it.
/// </para>
/// <para>Thread-safe: the runner applies events while requests read; each read sees whole events.</para>
/// </remarks>
public sealed class ResponseFieldView : InMemoryProjection
{
    private readonly Lock _gate = new();
    private readonly FoldedAggregates<Demand> _demands = new();
    private readonly FoldedAggregates<CoverageRegister> _coverage = new();
    private readonly Dictionary<ActorId, ActorKind> _kinds = [];

    /// <summary>Creates an empty view.</summary>
    /// <param name="name">The projection's name; <c>response-field</c> unless told.</param>
    public ResponseFieldView(string name = "response-field")
        : base(name)
    {
    }

    /// <summary>The metrics of one administrative unit (a community, a street or a district), at an instant.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="now">The instant that judges overdue demands.</param>
    /// <returns>The metrics of every demand that counts for the unit, each once.</returns>
    public ResponseMetrics For(AreaCode unit, Instant now)
    {
        lock (_gate)
        {
            return ResponseFieldCoverage.For(AllDemands(), Registers(), unit, new FixedInstant(now));
        }
    }

    /// <summary>The metrics of every administrative community with demands.</summary>
    /// <param name="now">The instant that judges overdue demands.</param>
    /// <returns>The metrics by community.</returns>
    public IReadOnlyDictionary<AdministrativeCommunityId, ResponseMetrics> ByCommunity(Instant now)
    {
        lock (_gate)
        {
            return ResponseFieldCoverage.ByCommunity(AllDemands(), Registers(), new FixedInstant(now));
        }
    }

    /// <summary>The metrics of every street (or township) with demands.</summary>
    /// <param name="now">The instant that judges overdue demands.</param>
    /// <returns>The metrics by street code.</returns>
    public IReadOnlyDictionary<AreaCode, ResponseMetrics> ByStreet(Instant now)
    {
        lock (_gate)
        {
            return ResponseFieldCoverage.ByStreet(AllDemands(), Registers(), new FixedInstant(now));
        }
    }

    /// <summary>The metrics of every current assignee: did it answer what was routed to it?</summary>
    /// <param name="now">The instant that judges overdue demands.</param>
    /// <returns>The metrics by assignee.</returns>
    public IReadOnlyDictionary<ActorId, ResponseMetrics> ByAssignee(Instant now)
    {
        lock (_gate)
        {
            return ResponseField.ByAssignee(AllDemands(), new FixedInstant(now));
        }
    }

    /// <summary>The metrics by the kind of the current assignee (a property company, a residents' committee…); assignees not registered as actors are left out.</summary>
    /// <param name="now">The instant that judges overdue demands.</param>
    /// <returns>The metrics by assignee kind.</returns>
    public IReadOnlyDictionary<ActorKind, ResponseMetrics> ByAssigneeKind(Instant now)
    {
        lock (_gate)
        {
            return AllDemands()
                .Where(d => d.Assignee is { } a && _kinds.ContainsKey(a))
                .GroupBy(d => _kinds[d.Assignee!.Value])
                .ToDictionary(g => g.Key, g => ResponseField.Measure(g, new FixedInstant(now)));
        }
    }

    /// <summary>The demands about living communities that no coverage register knows: they count for no administrative unit.</summary>
    /// <returns>Their ids, in order.</returns>
    public IReadOnlyList<DemandId> Uncovered()
    {
        lock (_gate)
        {
            return [.. ResponseFieldCoverage.Uncovered(AllDemands(), Registers()).Select(d => d.Id).Order()];
        }
    }

    /// <summary>One page of the demand list, filtered and ordered as a street-office screen asks.</summary>
    /// <param name="query">The filters, order and page.</param>
    /// <param name="now">The instant that judges overdue demands.</param>
    /// <returns>The page.</returns>
    public Page<DemandSummary> Demands(DemandQuery query, Instant now)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var registers = Registers();
            var matching = AllDemands()
                .Where(d => query.Within is not { } within || ResponseFieldCoverage.UnitsOf(d, registers).Any(u => u.IsWithin(within)))
                .Where(d => query.Status is not { } status || d.Status == status)
                .Where(d => query.Assignee is not { } assignee || d.Assignee == assignee)
                .Select(d => new DemandSummary(d.Id, d.Category, d.Subject, d.Status, d.Assignee, d.RaisedAt, d.DueAt, d.IsOverdueAt(now)))
                .Where(s => query.Overdue is not { } overdue || s.Overdue == overdue);
            var ordered = query.Order switch
            {
                DemandOrder.DueFirst => matching.OrderBy(s => s.DueAt).ThenBy(s => s.Id),
                DemandOrder.OldestFirst => matching.OrderBy(s => s.RaisedAt).ThenBy(s => s.Id),
                _ => matching.OrderByDescending(s => s.RaisedAt).ThenBy(s => s.Id),
            };
            return Page<DemandSummary>.Of(ordered, query.Page, query.PageSize);
        }
    }

    /// <inheritdoc />
    protected override void When(RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        lock (_gate)
        {
            if (_demands.TryAdd(recorded) || _coverage.TryAdd(recorded))
            {
                return;
            }

            if (recorded.Event is OrganisationRegistered organisation)
            {
                _kinds[organisation.Actor] = organisation.Kind;
            }
            else if (recorded.Event is ResidentRegistered resident)
            {
                _kinds[resident.Actor] = ActorKind.Resident;
            }
        }
    }

    private IEnumerable<Demand> AllDemands() => _demands.All;

    private CoverageRegister[] Registers() => [.. _coverage.All];

    private sealed class FixedInstant(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
