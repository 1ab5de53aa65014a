using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// The one way an adopted vote of the homeowners' assembly reaches the administrative side: as a
/// <see cref="SelfGovernanceDecision"/> carried up through a residents' committee (自治决议上达), whose resolution is
/// the motion and the tally. Only an adopted vote crosses; a failed one stays on the living side with its numbers.
/// </summary>
[SanctionedCrossing("An adopted vote of the homeowners' assembly reaches the administrative side only as a self-governance decision.")]
public static class AssemblyDecisionCrossing
{
    /// <summary>Submits an adopted vote to the administrative side as a self-governance decision.</summary>
    /// <param name="vote">The vote, closed and adopted; read only.</param>
    /// <param name="id">The decision's id.</param>
    /// <param name="assembly">The homeowners' assembly, as the deciding body.</param>
    /// <param name="decidedOn">The day the vote was closed, in the community's calendar.</param>
    /// <param name="channel">The residents' committee that carries the decision up: that of a community covering the vote's living community.</param>
    /// <param name="coverage">Which administrative communities cover which living communities, read only.</param>
    /// <param name="at">When it is submitted.</param>
    /// <returns>The decision, with its <see cref="SelfGovernanceDecisionSubmitted"/> event pending.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The vote is missing or still open (<see cref="CommunityRules.AssemblyVoteIsClosedBeforeDecision"/>); the body
    /// is not a homeowners' assembly (<see cref="CommunityRules.AssemblyDecisionIsTakenByAssembly"/>); the quorum or
    /// the majority was not reached (<see cref="CommunityRules.AssemblyParticipationReachesQuorum"/>,
    /// <see cref="CommunityRules.AssemblyResolutionReachesMajority"/>); or <see cref="SelfGovernanceDecision.Submit"/>
    /// refuses the crossing (e.g. the channel's community does not cover the living community,
    /// <see cref="CommunityRules.CrossingChannelCoversLivingCommunity"/>).
    /// </exception>
    public static SelfGovernanceDecision Submit(
        AssemblyVote vote,
        CrossingId id,
        SelfGoverningBody assembly,
        LocalDate decidedOn,
        ResidentsCommitteeChannel channel,
        ICoverageQuery coverage,
        Instant at)
    {
        Ardalis.GuardClauses.Guard.Against.MissingValue(vote);
        Check(new AssemblyVoteIsClosedBeforeDecisionRule(vote.Id, vote.Tally is not null));
        Check(new AssemblyDecisionIsTakenByAssemblyRule(assembly.Kind));
        Check(new AssemblyParticipationReachesQuorumRule(vote.Tally!));
        Check(new AssemblyResolutionReachesMajorityRule(vote.Tally!));
        var resolution = $"{vote.Motion}\n{vote.Tally}";
        return SelfGovernanceDecision.Submit(id, vote.Community, assembly, decidedOn, resolution, channel, coverage, at);
    }

    private static void Check(IDomainRule rule)
    {
        if (rule.IsBroken())
        {
            throw new DomainRuleViolationException(rule.Name, rule.Message);
        }
    }
}
