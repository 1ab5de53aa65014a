using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Rights;
using NodaTime;

namespace Cluster;

/// <summary>The district's streets and communities established from the national division's rows (the CSV text).</summary>
/// <param name="Csv">The rows, header first (<see cref="DivisionCsv"/>).</param>
/// <param name="At">When.</param>
public sealed record EstablishDivision(string Csv, Instant At) : IAggregateCommand<District>
{
    /// <inheritdoc />
    public ValueTask<District> ExecuteAsync(District? current, AggregateCommandContext context, CancellationToken cancellationToken) =>
        current is null
            ? ValueTask.FromResult(DivisionCsv.Read(new StringReader(Csv), At).Single())
            : throw new DomainRuleViolationException(ClusterRules.AggregateIsCreatedOnce, "The district has already been established.");
}

/// <summary>An organisation (a street office, a residents' committee) registers.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Name">Its name.</param>
/// <param name="At">When.</param>
public sealed record RegisterOrganisation(ActorId Id, ActorKind Kind, string Name, Instant At) : IAggregateCommand<Actor>
{
    /// <inheritdoc />
    public ValueTask<Actor> ExecuteAsync(Actor? current, AggregateCommandContext context, CancellationToken cancellationToken) =>
        current is null
            ? ValueTask.FromResult(Actor.RegisterOrganisation(Id, Kind, Name, At))
            : throw new DomainRuleViolationException(ClusterRules.AggregateIsCreatedOnce, $"{Id} is already registered.");
}

/// <summary>
/// A residents' committee raises a demand (诉求) about its community: the command that creates the demand's stream.
/// Whether the raiser is registered and the community established is read from this silo's directory, once it holds
/// the writes the caller made them with (<paramref name="After"/>).
/// </summary>
/// <param name="Id">The demand's id.</param>
/// <param name="Raiser">The raiser.</param>
/// <param name="Community">The 12-digit code of the community it is about.</param>
/// <param name="At">When.</param>
/// <param name="After">The feed position of the registrations and establishment it relies on.</param>
public sealed record RaiseDemand(DemandId Id, ActorId Raiser, string Community, Instant At, long After) : IAggregateCommand<Demand>
{
    /// <inheritdoc />
    public async ValueTask<Demand> ExecuteAsync(Demand? current, AggregateCommandContext context, CancellationToken cancellationToken)
    {
        if (current is not null)
        {
            throw new DomainRuleViolationException(ClusterRules.AggregateIsCreatedOnce, $"Demand {Id} has already been raised.");
        }

        var models = await context.ReadModelsAtAsync(After, cancellationToken);
        return Demand.Raise(Id, Raiser, CommunityUnit.Administrative(AdministrativeCommunityId.Parse(Community)), DemandCategory.PublicService, "street lighting", "The lamps on the lane have been out for a week.", DemandDeadlines.Default, models.Directory, At);
    }
}

/// <summary>A street office accepts a demand (受理).</summary>
/// <param name="Office">The street office.</param>
/// <param name="At">When.</param>
public sealed record AcceptDemand(ActorId Office, Instant At) : IAggregateCommand<Demand>
{
    /// <inheritdoc />
    public ValueTask<Demand> ExecuteAsync(Demand? current, AggregateCommandContext context, CancellationToken cancellationToken)
    {
        var demand = current ?? throw new DomainRuleViolationException(ClusterRules.AggregateExists, "No demand has been raised here.");
        demand.Accept(Office, At, "accepted by the street office");
        return ValueTask.FromResult(demand);
    }
}

/// <summary>The district grants a street office the right (治理权) to set tasks and schedule time in its street for a year.</summary>
/// <param name="Id">The right's id.</param>
/// <param name="Office">The street office.</param>
/// <param name="Street">The street's 9-digit code.</param>
/// <param name="At">When.</param>
/// <param name="After">The feed position of the registrations and establishment it relies on.</param>
public sealed record GrantStreetRight(GovernanceRightId Id, ActorId Office, string Street, Instant At, long After) : IAggregateCommand<GovernanceRight>
{
    /// <summary>The powers granted.</summary>
    public static GovernancePowers Powers { get; } = GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling);

    /// <inheritdoc />
    public async ValueTask<GovernanceRight> ExecuteAsync(GovernanceRight? current, AggregateCommandContext context, CancellationToken cancellationToken)
    {
        if (current is not null)
        {
            throw new DomainRuleViolationException(ClusterRules.AggregateIsCreatedOnce, $"Right {Id} has already been granted.");
        }

        var models = await context.ReadModelsAtAsync(After, cancellationToken);
        var scope = CommunityUnit.Administrative(AreaCode.Parse(Street, AdministrativeLevel.Street));
        return GovernanceRight.Grant(Id, new RightTerms(Office, Powers, scope, new Interval(At, At + Duration.FromDays(365))), models.Directory, At);
    }
}
