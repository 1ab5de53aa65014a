using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Domain.Tests.Actors;
using CommunityGovernance.Kernel;
using NodaTime;
using NodaTime.Testing;

namespace CommunityGovernance.Domain.Tests.Demands;

public sealed class DemandTests
{
    private static readonly Instant At = Instant.FromUtc(2025, 3, 1, 9, 0);
    private static readonly CommunityUnit Compound = CommunityUnit.Living(new LivingCommunityId("GY-01"));
    private static readonly ActorId Raiser = new("R-1");
    private static readonly ActorId Office = new("SO-1");

    private static Actor Responsible(string id, ActorKind kind = ActorKind.PropertyCompany)
    {
        var actor = Actor.RegisterOrganisation(new ActorId(id), kind, id, At);
        actor.AssignResponsibility(DemandCategory.PublicService, Compound, EverythingExists.Directory, At);
        return actor;
    }

    private static Demand Raised() =>
        Demand.Raise(new DemandId("D-1"), Raiser, Compound, DemandCategory.PublicService, "电梯故障", "The lift of building 3 has stopped.", DemandDeadlines.Default, EverythingExists.Directory, At);

    private static Instant Day(int n) => At + Duration.FromDays(n);

    [Fact]
    public void A_demand_runs_its_lifecycle_and_records_every_step()
    {
        var property = Responsible("PC-1");
        var demand = Raised();

        demand.Accept(Office, Day(0), "受理");
        demand.Route(Office, property, Day(1), "派物业");
        demand.StartWork(property.Id, Day(1));
        demand.Respond(property.Id, "The lift is repaired.", "The controller was replaced under warranty.", Day(2));
        demand.Close(Raiser, DemandEvaluation.Satisfied, Day(3), "谢谢");

        Assert.Equal(DemandStatus.Closed, demand.Status);
        Assert.Equal(
            [
                new DemandStep(DemandStepKind.Raise, Raiser, At, string.Empty),
                new DemandStep(DemandStepKind.Accept, Office, Day(0), "受理"),
                new DemandStep(DemandStepKind.Route, Office, Day(1), "派物业"),
                new DemandStep(DemandStepKind.StartWork, property.Id, Day(1), string.Empty),
                new DemandStep(DemandStepKind.Respond, property.Id, Day(2), "The lift is repaired."),
                new DemandStep(DemandStepKind.Close, Raiser, Day(3), "谢谢"),
            ],
            demand.Steps);
        Assert.Equal("The controller was replaced under warranty.", demand.Reasons);
        Assert.Equal(DemandEvaluation.Satisfied, demand.Evaluation);
        Assert.Equal(At + Duration.FromDays(7), demand.DueAt);
        Assert.True(demand.IsAnsweredOnTime);
        Assert.Equal(0, demand.BuckPassingCount);
        Assert.Equal(6, demand.PendingEvents.Count);
    }

    [Fact]
    public void Routing_on_counts_as_buck_passing_and_sending_back_as_rework()
    {
        var first = Responsible("PC-1");
        var second = Responsible("RC-1", ActorKind.ResidentsCommittee);
        var demand = Raised();
        demand.Accept(Office, Day(0));
        demand.Route(Office, first, Day(0));
        demand.Route(Office, second, Day(1), "not ours");
        demand.Route(Office, first, Day(2), "back again");
        demand.StartWork(first.Id, Day(2));
        demand.Respond(first.Id, "Done.", "Fixed.", Day(3));
        demand.ReturnForRework(Raiser, Day(4), "Still broken.");
        demand.Respond(first.Id, "Done again.", "Fixed properly.", Day(5));

        Assert.Equal(2, demand.BuckPassingCount);
        Assert.Equal(1, demand.ReworkCount);
        Assert.Equal(first.Id, demand.Assignee);
        Assert.Equal(Day(3), demand.FirstAnsweredAt);
        Assert.Equal("Done again.", demand.Answer);
    }

    [Fact]
    public void A_refused_step_names_the_steps_the_demand_can_take_next()
    {
        var property = Responsible("PC-1");
        var demand = Raised();
        demand.Accept(Office, Day(0));
        demand.Route(Office, property, Day(1));

        var routed = Assert.Throws<DomainRuleViolationException>(() => demand.Respond(property.Id, "Done.", "Because.", Day(2)));
        demand.StartWork(property.Id, Day(1));
        demand.Respond(property.Id, "Done.", "Because.", Day(2));
        demand.Close(Raiser, DemandEvaluation.Satisfied, Day(3));
        var closed = Assert.Throws<DomainRuleViolationException>(() => demand.ReturnForRework(Raiser, Day(4)));

        Assert.Equal("DemandTransitionIsLegal: A Routed demand cannot take the step Respond; from Routed it can take Route, StartWork, Reject or Withdraw.", routed.Message);
        Assert.Equal("DemandTransitionIsLegal: A Closed demand is final and cannot take the step ReturnForRework, or any other.", closed.Message);
    }

    [Fact]
    public void The_steps_named_next_are_exactly_those_the_lifecycle_allows()
    {
        foreach (var status in Enum.GetValues<DemandStatus>())
        {
            Assert.Equal(
                Enum.GetValues<DemandStepKind>().Where(step => DemandLifecycle.Allows(status, step)),
                DemandLifecycle.StepsFrom(status));
            Assert.Equal(DemandLifecycle.IsFinal(status), DemandLifecycle.StepsFrom(status).Count == 0);
        }
    }

    [Fact]
    public void Illegal_steps_are_refused_naming_the_rule_and_change_nothing()
    {
        var property = Responsible("PC-1");
        var stranger = Actor.RegisterOrganisation(new ActorId("X-1"), ActorKind.VerticalDepartment, "水务局", At);
        var demand = Raised();

        Refused.By(DemandRules.TransitionIsLegal, demand, demand.ToSnapshot, () => demand.Close(Raiser, DemandEvaluation.Satisfied, Day(1)));
        Refused.By(DemandRules.TransitionIsLegal, demand, demand.ToSnapshot, () => demand.Route(Office, property, Day(1)));
        Refused.By(DemandRules.ActsAsRaiser, demand, demand.ToSnapshot, () => demand.Withdraw(Office, Day(1)));
        Refused.By(DemandRules.StepsAreChronological, demand, demand.ToSnapshot, () => demand.Accept(Office, At - Duration.FromMinutes(1)));

        demand.Accept(Office, Day(0));
        Refused.By(DemandRules.RoutedToResponsibleActor, demand, demand.ToSnapshot, () => demand.Route(Office, stranger, Day(1)));
        demand.Route(Office, property, Day(1));
        Refused.By(DemandRules.RouteChangesAssignee, demand, demand.ToSnapshot, () => demand.Route(Office, property, Day(1)));
        Refused.By(DemandRules.ActsAsAssignee, demand, demand.ToSnapshot, () => demand.StartWork(Office, Day(1)));
        demand.StartWork(property.Id, Day(1));
        Refused.By(KernelRules.TextIsRequired, demand, demand.ToSnapshot, () => demand.Respond(property.Id, "Done.", " ", Day(2)));
        Refused.By(DemandRules.ActsAsAssignee, demand, demand.ToSnapshot, () => demand.Respond(Office, "Done.", "Because.", Day(2)));
        demand.Respond(property.Id, "Done.", "Because.", Day(2));
        Refused.By(DemandRules.TransitionIsLegal, demand, demand.ToSnapshot, () => demand.Withdraw(Raiser, Day(2)));
        Refused.By(DemandRules.EvaluationIsKnown, demand, demand.ToSnapshot, () => demand.Close(Raiser, (DemandEvaluation)7, Day(2)));
        Refused.By(DemandRules.ActsAsRaiser, demand, demand.ToSnapshot, () => demand.Close(property.Id, DemandEvaluation.Satisfied, Day(2)));
        Refused.By(KernelRules.ValueIsRequired, demand, demand.ToSnapshot, () => demand.Route(Office, null!, Day(2)));
        Refused.By(ActorRules.IdIsWellFormed, demand, demand.ToSnapshot, () => demand.ReturnForRework(default, Day(2)));
        demand.Close(Raiser, DemandEvaluation.Dissatisfied, Day(2));
        Refused.By(DemandRules.TransitionIsLegal, demand, demand.ToSnapshot, () => demand.Reject(Office, "too late", Day(3)));
    }

    [Fact]
    public void Bad_input_to_raise_is_refused_naming_the_rule()
    {
        static string RuleOf(Action raise) => Assert.Throws<DomainRuleViolationException>(raise).Rule;
        var deadlines = DemandDeadlines.Default;

        Assert.Equal(DemandRules.CategoryIsKnown, RuleOf(() => Demand.Raise(new DemandId("D-1"), Raiser, Compound, (DemandCategory)0, "x", "y", deadlines, EverythingExists.Directory, At)));
        Assert.Equal(KernelRules.TextIsRequired, RuleOf(() => Demand.Raise(new DemandId("D-1"), Raiser, Compound, DemandCategory.PublicService, null!, "y", deadlines, EverythingExists.Directory, At)));
        Assert.Equal(KernelRules.TextWithinLength, RuleOf(() => Demand.Raise(new DemandId("D-1"), Raiser, Compound, DemandCategory.PublicService, new string('x', 51), "y", deadlines, EverythingExists.Directory, At)));
        Assert.Equal(KernelRules.ValueIsRequired, RuleOf(() => Demand.Raise(new DemandId("D-1"), Raiser, Compound, DemandCategory.PublicService, "x", "y", null!, EverythingExists.Directory, At)));
        Assert.Equal(DemandRules.IdIsWellFormed, RuleOf(() => Demand.Raise(default, Raiser, Compound, DemandCategory.PublicService, "x", "y", deadlines, EverythingExists.Directory, At)));
        Assert.Equal(ActorRules.IdIsWellFormed, RuleOf(() => Demand.Raise(new DemandId("D-1"), default, Compound, DemandCategory.PublicService, "x", "y", deadlines, EverythingExists.Directory, At)));
        Assert.Equal(CommunityRules.CommunityUnitSideMatches, RuleOf(() => Demand.Raise(new DemandId("D-1"), Raiser, default, DemandCategory.PublicService, "x", "y", deadlines, EverythingExists.Directory, At)));
    }

    [Fact]
    public void A_demand_is_overdue_once_unanswered_past_its_deadline()
    {
        var clock = new FakeClock(At);
        var demand = Raised();

        clock.AdvanceDays(7);
        Assert.False(demand.IsOverdue(clock));
        clock.AdvanceSeconds(1);
        Assert.True(demand.IsOverdue(clock));

        demand.Reject(Office, "Not a community matter: call the lift maintainer's hotline.", clock.GetCurrentInstant());
        Assert.False(demand.IsOverdue(clock));
        Assert.True(demand.IsAnswered);
        Assert.False(demand.IsAnsweredOnTime);
    }

    [Fact]
    public void A_withdrawn_demand_is_never_overdue()
    {
        var demand = Raised();
        demand.Withdraw(Raiser, Day(1), "Fixed by a neighbour.");

        Assert.False(demand.IsOverdue(new FakeClock(Day(100))));
    }

    [Fact]
    public void Deadlines_are_set_per_category_and_must_be_positive()
    {
        var deadlines = DemandDeadlines.Default.With(DemandCategory.PublicService, Duration.FromDays(3));

        Assert.Equal(Duration.FromDays(1), DemandDeadlines.Default.For(DemandCategory.StabilityAndOrder));
        Assert.Equal(Duration.FromDays(7), DemandDeadlines.Default.For(DemandCategory.PublicService));
        Assert.Equal(Duration.FromDays(3), deadlines.For(DemandCategory.PublicService));
        Assert.Equal(DemandRules.DeadlineIsPositive, Assert.Throws<DomainRuleViolationException>(() => deadlines.With(DemandCategory.PublicService, Duration.Zero)).Rule);
        Assert.Equal(DemandRules.CategoryIsKnown, Assert.Throws<DomainRuleViolationException>(() => deadlines.For((DemandCategory)9)).Rule);
        Assert.All(Enum.GetValues<DemandCategory>(), c => Assert.True(DemandDeadlines.Default.For(c) > Duration.Zero));
    }

    [Theory]
    [InlineData(DemandCategory.StabilityAndOrder, DemandPerspective.State)]
    [InlineData(DemandCategory.Reorganisation, DemandPerspective.State)]
    [InlineData(DemandCategory.PublicService, DemandPerspective.State)]
    [InlineData(DemandCategory.PublicBelonging, DemandPerspective.Masses)]
    [InlineData(DemandCategory.OrderlyInteraction, DemandPerspective.Masses)]
    [InlineData(DemandCategory.PublicParticipation, DemandPerspective.Masses)]
    [InlineData(DemandCategory.AdministrativeResourceAllocation, DemandPerspective.Grassroots)]
    [InlineData(DemandCategory.SocialResourceActivation, DemandPerspective.Grassroots)]
    public void Each_category_belongs_to_the_perspective_that_names_it(DemandCategory category, DemandPerspective perspective)
    {
        Assert.Equal(perspective, category.Perspective());
    }
}
