using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Orleans.Tests.Commands;

/// <summary>
/// Grants an administrative right over a street (the stream's creation), valid from <see cref="At"/> for a year; the
/// holder and the street are named as existing with a fixed directory (the fault test stores no district).
/// </summary>
internal sealed record GrantRight(GovernanceRightId Id, ActorId Holder, byte PowerBits, string Street, Instant At) : IAggregateCommand<GovernanceRight>
{
    public ValueTask<GovernanceRight> ExecuteAsync(GovernanceRight? current, AggregateCommandContext context, CancellationToken cancellationToken)
    {
        if (current is not null)
        {
            throw new Kernel.DomainRuleViolationException(ClusterRules.AggregateIsCreatedOnce, $"Right {Id} has already been granted.");
        }

        var scope = CommunityUnit.Administrative(AreaCode.Parse(Street, AdministrativeLevel.Street));
        var terms = new RightTerms(Holder, GovernancePowers.FromBits(PowerBits), scope, new Interval(At, At + Duration.FromDays(365)));
        return ValueTask.FromResult(GovernanceRight.Grant(Id, terms, new FixedCommunityDirectory(At).Establish(scope).Register(Holder), At));
    }
}

/// <summary>An abstract command type: never written as JSON itself, only its concrete commands are.</summary>
internal abstract class AbstractRightCommand : IAggregateCommand<GovernanceRight>
{
    public abstract ValueTask<GovernanceRight> ExecuteAsync(GovernanceRight? current, AggregateCommandContext context, CancellationToken cancellationToken);
}
