using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Orleans.Tests.Commands;

/// <summary>Grants an administrative right over a street (the stream's creation), valid from <see cref="At"/> for a year.</summary>
internal sealed record GrantRight(GovernanceRightId Id, ActorId Holder, byte PowerBits, string Street, Instant At) : IAggregateCommand<GovernanceRight>
{
    public ValueTask<GovernanceRight> ExecuteAsync(GovernanceRight? current, AggregateCommandContext context, CancellationToken cancellationToken)
    {
        if (current is not null)
        {
            throw new Kernel.DomainRuleViolationException("RightIsGrantedOnce", $"Right {Id} has already been granted.");
        }

        var terms = new RightTerms(Holder, GovernancePowers.FromBits(PowerBits), CommunityUnit.Administrative(AreaCode.Parse(Street, AdministrativeLevel.Street)), new Interval(At, At + Duration.FromDays(365)));
        return ValueTask.FromResult(GovernanceRight.Grant(Id, terms, At));
    }
}

/// <summary>An abstract command type: never written as JSON itself, only its concrete commands are.</summary>
internal abstract class AbstractRightCommand : IAggregateCommand<GovernanceRight>
{
    public abstract ValueTask<GovernanceRight> ExecuteAsync(GovernanceRight? current, AggregateCommandContext context, CancellationToken cancellationToken);
}
