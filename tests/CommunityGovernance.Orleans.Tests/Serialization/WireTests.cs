using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Serialization;
using CommunityGovernance.Orleans.Tests.Commands;
using CommunityGovernance.PropertyTesting;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Demands;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Orleans.Serialization;

namespace CommunityGovernance.Orleans.Tests.Serialization;

/// <summary>What crosses a grain boundary, through Orleans' own serializer as the silos and clients configure it.</summary>
public sealed class WireTests
{
    private static readonly Serializer s_serializer = new ServiceCollection()
        .AddSerializer(b => b.AddCommunityGovernanceCommands())
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    public static Arbitrary<(string Rule, string Message)> Refusals() =>
        (from rule in Gen.Elements("DemandTransitionIsLegal", "ResponsibilityCoversDemand", "StreamNameIsWellFormed", "AggregateExists")
         from message in Gen.Elements("refused", "居委会 may not accept this demand.", string.Empty, "line\nbreak")
         select (rule, message)).ToArbitrary();

    public static Arbitrary<(string Key, long Expected, long Actual)> Conflicts() =>
        (from id in DemandGenerators.DemandIds
         from expected in Gen.Choose(0, 1000)
         from actual in Gen.Choose(0, 1000)
         select (Demand.StreamOf(id).ToString(), (long)expected, (long)actual)).ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(WireTests)])]
    public bool A_rule_violation_crosses_as_itself_with_its_rule_and_message((string Rule, string Message) refusal)
    {
        var sent = Thrown(new DomainRuleViolationException(refusal.Rule, refusal.Message));

        var received = s_serializer.Deserialize<Exception>(s_serializer.SerializeToArray<Exception>(sent));

        return received is DomainRuleViolationException violation
            && violation.Rule == refusal.Rule
            && violation.Message == sent.Message
            && violation.StackTrace!.Contains(nameof(Thrown), StringComparison.Ordinal);
    }

    [ScaledProperty(Arbitrary = [typeof(WireTests)])]
    public bool A_concurrency_conflict_crosses_as_itself_with_its_stream_and_versions((string Stream, long Expected, long Actual) conflict)
    {
        var sent = new ConcurrencyConflictException(conflict.Stream, conflict.Expected, conflict.Actual);

        var received = s_serializer.Deserialize<Exception>(s_serializer.SerializeToArray<Exception>(sent));

        return received is ConcurrencyConflictException c
            && (c.Stream, c.ExpectedVersion, c.ActualVersion, c.Rule, c.Message) == (conflict.Stream, conflict.Expected, conflict.Actual, sent.Rule, sent.Message);
    }

    [Fact]
    public void An_unreadable_stored_event_crosses_as_itself_with_its_cause_inside()
    {
        var sent = new StoredEventUnreadableException(Demand.StreamOf(new DemandId("D-1")), 3, "DemandRaised.v9", "newer than this library", new FormatException("bad"));

        var received = Assert.IsType<StoredEventUnreadableException>(s_serializer.Deserialize<Exception>(s_serializer.SerializeToArray<Exception>(sent)));

        Assert.Equal((sent.Stream, sent.StreamVersion, sent.EventType, sent.Message), (received.Stream, received.StreamVersion, received.EventType, received.Message));
        Assert.Equal("bad", Assert.IsType<FormatException>(received.InnerException).Message);
    }

    [Fact]
    public void A_command_crosses_as_json_with_the_domains_value_types()
    {
        var at = Instant.FromUtc(2026, 3, 2, 9, 30);
        var sent = new TakeDemandStep(new ActorId("R-1"), new ActorId("SO-1"), [new ActorId("P-1"), new ActorId("P-2")], new ActorId("X-1"), new DemandCommand(DemandStepKind.Route, DemandRole.Responsible, 1, Duration.FromHours(-3), DemandEvaluation.Dissatisfied, Onward: true));
        var raise = new RaiseDemand(new DemandId("D-7"), new ActorId("R-1"), CommunityUnit.Living(new LivingCommunityId("GY-01")), DemandCategory.PublicService, at);

        var step = Assert.IsType<TakeDemandStep>(s_serializer.Deserialize<object>(s_serializer.SerializeToArray<object>(sent)));
        var raised = Assert.IsType<RaiseDemand>(s_serializer.Deserialize<object>(s_serializer.SerializeToArray<object>(raise)));

        Assert.Equal(sent with { Responsible = step.Responsible }, step);
        Assert.Equal(sent.Responsible, step.Responsible);
        Assert.Equal(raise, raised);
    }

    [Fact]
    public void Only_concrete_commands_are_written_as_json()
    {
        Assert.True(CommandSerialization.IsCommand(typeof(RaiseDemand)));
        Assert.False(CommandSerialization.IsCommand(typeof(Commands.AbstractRightCommand)));
        Assert.False(CommandSerialization.IsCommand(typeof(Demand)));
        Assert.False(CommandSerialization.IsCommand(typeof(string)));
    }

    private static DomainRuleViolationException Thrown(DomainRuleViolationException exception)
    {
        try
        {
            throw exception;
        }
        catch (DomainRuleViolationException thrown)
        {
            return thrown;
        }
    }
}
