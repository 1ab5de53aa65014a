using System.Text.Json;
using CommunityGovernance.Actors;
using CommunityGovernance.Demands;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Demands;

// An escalation keeps the status it is taken from, so a step cannot say the status after it; reading the step (as a
// snapshot's serializer does) must not throw. Found by SerializationRoundTripTests on a generated escalated demand.
public sealed class DemandStepTests
{
    [Fact]
    public void An_escalation_step_has_no_status_of_its_own_and_serializes()
    {
        var escalation = new DemandStep(DemandStepKind.Escalate, new ActorId("SO-1"), Instant.FromUtc(2026, 3, 2, 9, 0), "overdue");
        var acceptance = escalation with { Kind = DemandStepKind.Accept };

        Assert.Null(escalation.StatusAfter);
        Assert.Equal(DemandStatus.Accepted, acceptance.StatusAfter);
        Assert.Contains("\"StatusAfter\":null", JsonSerializer.Serialize(escalation), StringComparison.Ordinal);
    }
}
