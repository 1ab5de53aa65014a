using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Rights;
using NodaTime;

namespace Cluster;

/// <summary>A resident raises a demand (诉求) about an administrative community: the command that creates the demand's stream.</summary>
/// <param name="Id">The demand's id.</param>
/// <param name="Raiser">The resident.</param>
/// <param name="Community">The 12-digit code of the community it is about.</param>
/// <param name="At">When.</param>
public sealed record RaiseDemand(DemandId Id, ActorId Raiser, string Community, Instant At) : IAggregateCommand<Demand>
{
    /// <inheritdoc />
    public ValueTask<Demand> ExecuteAsync(Demand? current, AggregateCommandContext context, CancellationToken cancellationToken) =>
        current is null
            ? ValueTask.FromResult(Demand.Raise(Id, Raiser, CommunityUnit.Administrative(AdministrativeCommunityId.Parse(Community)), DemandCategory.PublicService, "street lighting", "The lamps on the lane have been out for a week.", DemandDeadlines.Default, At))
            : throw new DomainRuleViolationException("DemandIsRaisedOnce", $"Demand {Id} has already been raised.");
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
public sealed record GrantStreetRight(GovernanceRightId Id, ActorId Office, string Street, Instant At) : IAggregateCommand<GovernanceRight>
{
    /// <summary>The powers granted.</summary>
    public static GovernancePowers Powers { get; } = GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling);

    /// <inheritdoc />
    public ValueTask<GovernanceRight> ExecuteAsync(GovernanceRight? current, AggregateCommandContext context, CancellationToken cancellationToken)
    {
        if (current is not null)
        {
            throw new DomainRuleViolationException("RightIsGrantedOnce", $"Right {Id} has already been granted.");
        }

        var scope = CommunityUnit.Administrative(AreaCode.Parse(Street, AdministrativeLevel.Street));
        return ValueTask.FromResult(GovernanceRight.Grant(Id, new RightTerms(Office, Powers, scope, new Interval(At, At + Duration.FromDays(365))), At));
    }
}
