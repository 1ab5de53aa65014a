using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.PropertyTesting;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Communities;
using CommunityGovernance.Testing.Rights;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Interval = NodaTime.Interval;

namespace CommunityGovernance.Domain.Tests.Rights;

/// <summary>
/// Many questions at once (<see cref="IGovernanceRightsQuery.MayExercise(ReadOnlySpan{RightsQuestion}, Span{bool})"/>)
/// are answered exactly as one at a time, by the index, the live index and the interface's default.
/// </summary>
public sealed class BatchQuestionTests
{
    [ScaledProperty(Arbitrary = [typeof(RightsArbitraries)])]
    public Property Many_questions_at_once_are_answered_as_one_at_a_time(RightsScenario scenario)
    {
        var index = GovernanceRightsIndex.Build(scenario.Events);
        var live = new LiveGovernanceRightsIndex();
        RecordedEvent[] recorded = [.. scenario.Events.Select((e, i) => new RecordedEvent(i + 1, GovernanceRight.StreamOf(new GovernanceRightId("R")).Name, i + 1, Instant.FromUtc(2026, 1, 1, 0, 0), e))];
        live.ApplyAsync(recorded, default).AsTask().GetAwaiter().GetResult();

        // Every query more than once, with fresh id text, so that groups of every size and repeats are asked.
        RightsQuestion[] questions =
        [
            .. scenario.Queries.Select(q => new RightsQuestion(new ActorId(new string(q.Actor.Value.AsSpan())), q.Power, q.Unit, q.At)),
            .. scenario.Queries.Reverse().Select(q => new RightsQuestion(q.Actor, q.Power, q.Unit, q.At)),
        ];
        var expected = questions.Select(q => index.MayExercise(q.Actor, q.Power, q.Unit, q.At)).ToArray();
        var (batched, fromLive, byDefault) = (new bool[questions.Length], new bool[questions.Length], new bool[questions.Length]);

        index.MayExercise(questions, batched);
        live.MayExercise(questions, fromLive);
        ((IGovernanceRightsQuery)new OneAtATime(index)).MayExercise(questions, byDefault);

        return (expected.SequenceEqual(batched) && expected.SequenceEqual(fromLive) && expected.SequenceEqual(byDefault))
            .Label($"{questions.Length} questions")
            .Classify(questions.Length > 16, "more than two groups");
    }

    [Fact]
    public void A_batch_of_real_units_is_answered_as_one_at_a_time_and_refuses_units_never_established()
    {
        var at = Instant.FromUtc(2026, 3, 1, 0, 0);
        var wenjiang = RealDivisions.Wenjiang(at);
        var district = new ActorId("510115");
        var right = GovernanceRight.Grant(new GovernanceRightId("WJ"), new RightTerms(district, GovernancePowers.All, CommunityUnit.Administrative(wenjiang.Code), new Interval(at, null)), EverythingExists.Directory, at);
        var index = GovernanceRightsIndex.Build(wenjiang.PendingEvents.Concat(right.PendingEvents));
        RightsQuestion[] questions =
        [
            .. RealDivisions.WenjiangCommunityIds.SelectMany(c => new[]
            {
                new RightsQuestion(district, GovernancePower.TaskSetting, CommunityUnit.Administrative(c), at),
                new RightsQuestion(district, GovernancePower.TaskSetting, CommunityUnit.Administrative(AdministrativeCommunityId.Parse(c.AreaCode.Parent + "999")), at),
                new RightsQuestion(new ActorId("510115001"), GovernancePower.TaskSetting, CommunityUnit.Administrative(c), at),
            }),
        ];
        var answers = new bool[questions.Length];

        index.MayExercise(questions, answers);

        Assert.Equal(RealDivisions.WenjiangCommunityIds.Count, answers.Count(a => a));
        Assert.All(answers.Chunk(3), three => Assert.Equal([true, false, false], three));
    }

    [Fact]
    public void Answers_must_have_room_for_every_question()
    {
        var index = new GovernanceRightsIndex();
        var question = new RightsQuestion(new ActorId("A"), GovernancePower.TaskSetting, CommunityUnit.Administrative(AreaCode.Parse("510115")), Instant.FromUtc(2026, 1, 1, 0, 0));
        var error = Assert.Throws<ArgumentException>(() => index.MayExercise([question, question], new bool[1]));
        Assert.Contains("2 questions", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ((IGovernanceRightsQuery)new OneAtATime(index)).MayExercise([question], new bool[2]));
        index.MayExercise([], []);
    }

    // An implementation with the interface's default batch.
    private sealed class OneAtATime(GovernanceRightsIndex index) : IGovernanceRightsQuery
    {
        public bool MayExercise(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at) => index.MayExercise(actor, power, unit, at);

        public GovernancePowers PowersOver(ActorId actor, CommunityUnit unit, Instant at) => index.PowersOver(actor, unit, at);
    }
}
