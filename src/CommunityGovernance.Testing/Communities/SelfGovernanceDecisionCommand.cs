using CommunityGovernance.Actors;
using CommunityGovernance.Communities.Crossings;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// One acknowledgement of a <see cref="SelfGovernanceDecision"/> by the administrative side, as data. A generated
/// step may name no actor, give a blank or over-long response, or acknowledge a decision already acknowledged: the
/// decision must refuse it and change nothing.
/// </summary>
/// <param name="By">The administrative actor.</param>
/// <param name="Response">What it answers.</param>
public sealed record SelfGovernanceDecisionCommand(ActorId By, string Response)
{
    /// <summary>Runs the step on the decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="at">When.</param>
    public void ApplyTo(SelfGovernanceDecision decision, Instant at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        decision.Acknowledge(By, Response, at);
    }
}
