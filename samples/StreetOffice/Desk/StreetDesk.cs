using CommunityGovernance.Actors;
using CommunityGovernance.AspNetCore.Diagnostics;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Demands;
using CommunityGovernance.Programmes;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using NodaTime;
using Wenjiang.Scenario;

namespace StreetOffice.Desk;

/// <summary>
/// What the desk reads and does, straight through the library: aggregates loaded from the store, commands on them,
/// saved back at the version they were loaded at; rights answered by the live rights index.
/// </summary>
internal sealed class StreetDesk(IEventStore store, IGovernanceRightsQuery rights, ICommunityDirectory directory, IClock clock, DeskNames names)
{
    /// <summary>The names of the district's units and the living communities.</summary>
    public DeskNames Names => names;

    /// <summary>The desk's clock.</summary>
    public IClock Clock => clock;

    /// <summary>The instant the desk works at.</summary>
    public Instant Now => clock.GetCurrentInstant();

    /// <summary>The street's administrative communities, in code order.</summary>
    public async Task<IReadOnlyList<AdministrativeCommunityId>> CommunitiesAsync(CancellationToken cancellationToken)
    {
        var district = await store.LoadAsync(District.StreamOf(DivisionStep.Wenjiang), cancellationToken)
            ?? throw new InvalidOperationException("The district is not stored yet.");
        return district.CommunitiesOf(DeskAccounts.Street);
    }

    /// <summary>The eight items' status of every community of the street that runs the programme, by community.</summary>
    public async Task<IReadOnlyDictionary<AdministrativeCommunityId, CommunityProgrammeStatus>> EightItemsAsync(CancellationToken cancellationToken)
    {
        var statuses = new Dictionary<AdministrativeCommunityId, CommunityProgrammeStatus>();
        await foreach (var fulfilment in store.LoadAllAsync<ProgrammeFulfilment>(cancellationToken))
        {
            if (fulfilment.Community.StreetCode == DeskAccounts.Street)
            {
                statuses[fulfilment.Community] = fulfilment.ToStatus();
            }
        }

        return statuses;
    }

    /// <summary>The coverage register between the two sides.</summary>
    public async Task<CoverageRegister> CoverageAsync(CancellationToken cancellationToken)
    {
        await foreach (var register in store.LoadAllAsync<CoverageRegister>(cancellationToken))
        {
            return register;
        }

        throw new InvalidOperationException("The coverage register is not stored yet.");
    }

    /// <summary>The living communities some community of the street covers.</summary>
    public async Task<IReadOnlyList<LivingCommunityPlan>> LivingCommunitiesAsync(CancellationToken cancellationToken)
    {
        var coverage = await CoverageAsync(cancellationToken);
        return [.. LivingCommunityPlan.All.Where(p => coverage.JurisdictionsSpannedBy(p.Id).Any(c => c.StreetCode == DeskAccounts.Street))];
    }

    /// <summary>The demands about the street's units, newest first.</summary>
    public async Task<IReadOnlyList<Demand>> DemandsAsync(CancellationToken cancellationToken)
    {
        var coverage = await CoverageAsync(cancellationToken);
        var demands = new List<Demand>();
        await foreach (var demand in store.LoadAllAsync<Demand>(cancellationToken))
        {
            if (InStreet(demand.Subject, coverage))
            {
                demands.Add(demand);
            }
        }

        return [.. demands.OrderByDescending(d => d.RaisedAt)];
    }

    /// <summary>A demand, or <see langword="null"/>.</summary>
    public Task<Demand?> DemandAsync(DemandId id, CancellationToken cancellationToken) => store.LoadAsync(Demand.StreamOf(id), cancellationToken);

    /// <summary>The actors a demand may be routed to: those responsible for its category over its subject.</summary>
    public async Task<IReadOnlyList<Actor>> ResponsibleForAsync(Demand demand, CancellationToken cancellationToken)
    {
        var actors = new List<Actor>();
        await foreach (var actor in store.LoadAllAsync<Actor>(cancellationToken))
        {
            if (actor.IsResponsibleFor(demand.Category, demand.Subject) && actor.Id != demand.Assignee)
            {
                actors.Add(actor);
            }
        }

        return actors;
    }

    /// <summary>Raises a demand about a unit of the street.</summary>
    public Task<Demand> RaiseAsync(ActorId raiser, CommunityUnit subject, DemandCategory category, string subcategory, string text, CancellationToken cancellationToken) =>
        GovernanceCommand.RunAsync("Demand.Raise", subject, async () =>
        {
            var now = Now;
            var id = new DemandId($"SQ-{now.InZone(Timeline.Zone).Date:yyyyMMdd}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}");
            var demand = Demand.Raise(id, raiser, subject, category, subcategory, text, DemandDeadlines.Default, directory, now);
            await store.SaveAsync(demand, cancellationToken);
            return demand;
        });

    /// <summary>
    /// Routes a demand to an assignee, accepting it first when it is still only raised: the desk takes a new demand in
    /// and passes it on in one step, both recorded.
    /// </summary>
    /// <param name="demand">The demand as loaded (its version checked by the caller's <c>If-Match</c>).</param>
    /// <param name="by">Who routes it.</param>
    /// <param name="assignee">To whom.</param>
    /// <param name="note">Why, optionally.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public Task<Demand> RouteAsync(Demand demand, ActorId by, ActorId assignee, string? note, CancellationToken cancellationToken) =>
        GovernanceCommand.RunAsync("Demand.Route", demand.Subject, async () =>
        {
            var to = await store.LoadAsync(Actor.StreamOf(assignee), cancellationToken)
                ?? throw new CommunityGovernance.Kernel.DomainRuleViolationException(DemandRules.RoutedToResponsibleActor, $"No actor '{assignee}' is registered.");
            var now = Now;
            if (demand.Status == DemandStatus.Raised)
            {
                demand.Accept(by, now);
            }

            demand.Route(by, to, now, string.IsNullOrWhiteSpace(note) ? null : note);
            await store.SaveAsync(demand, cancellationToken);
            return demand;
        });

    /// <summary>Whether, and through which committees, an actor may sink an order of a power into a living community now.</summary>
    public async Task<OrderAuthority> MaySinkAsync(ActorId issuer, GovernancePower power, LivingCommunityId target, CancellationToken cancellationToken) =>
        AdministrativeOrder.MaySink(issuer, power, target, rights, await CoverageAsync(cancellationToken), Now);

    /// <summary>Sinks an order into a living community through the residents' committee of one covering community.</summary>
    public async Task<AdministrativeOrder> SinkAsync(ActorId issuer, GovernancePower power, LivingCommunityId target, AdministrativeCommunityId through, string task, LocalDate? dueOn, CancellationToken cancellationToken)
    {
        var coverage = await CoverageAsync(cancellationToken);
        return await GovernanceCommand.RunAsync("AdministrativeOrder.Sink", CommunityUnit.Living(target), async () =>
        {
            var id = new CrossingId($"ORD-DESK-{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}");
            var order = AdministrativeOrder.Sink(id, issuer, power, new ResidentsCommitteeChannel(ActorIds.ResidentsCommittee(through), through), target, task, dueOn, rights, coverage, Now);
            await store.SaveAsync(order, cancellationToken);
            return order;
        });
    }

    /// <summary>The orders sunk into the street's living communities, newest first.</summary>
    public async Task<IReadOnlyList<AdministrativeOrder>> OrdersAsync(CancellationToken cancellationToken)
    {
        var living = (await LivingCommunitiesAsync(cancellationToken)).Select(p => p.Id).ToHashSet();
        var orders = new List<AdministrativeOrder>();
        await foreach (var order in store.LoadAllAsync<AdministrativeOrder>(cancellationToken))
        {
            if (living.Contains(order.Target))
            {
                orders.Add(order);
            }
        }

        return orders;
    }

    /// <summary>Why an actor may or may not exercise a power over a unit now.</summary>
    public RightsJustification Explain(ActorId actor, GovernancePower power, CommunityUnit unit) => rights.Explain(actor, power, unit, Now);

    private static bool InStreet(CommunityUnit unit, ICoverageQuery coverage) =>
        unit.IsAdministrative
            ? unit.AreaCode.Level == AdministrativeLevel.Community && unit.AreaCode.Parent == DeskAccounts.Street
            : coverage.JurisdictionsSpannedBy(unit.LivingCommunityId).Any(c => c.StreetCode == DeskAccounts.Street);
}
