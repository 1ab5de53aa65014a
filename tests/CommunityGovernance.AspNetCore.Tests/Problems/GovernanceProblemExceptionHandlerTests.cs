using System.Globalization;
using CommunityGovernance.AspNetCore.Http;
using CommunityGovernance.AspNetCore.Problems;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.AspNetCore.Tests.Problems;

public sealed class GovernanceProblemExceptionHandlerTests
{
    private static readonly CommunityGovernanceOptions s_options = new();

    public static Arbitrary<string> RuleNames() =>
        Gen.Elements(typeof(DemandRules), typeof(CommunityRules), typeof(KernelRules))
            .SelectMany(t => Gen.Elements(t.GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray()))
            .ToArbitrary();

    // Every rule's refusal is 409 when it is a state conflict and 422 otherwise, its type the prefix and the rule.
    [ScaledProperty(Arbitrary = [typeof(GovernanceProblemExceptionHandlerTests)])]
    public Property A_rule_violation_is_422_or_409_for_a_state_conflict_typed_by_its_rule(string rule)
    {
        var problem = GovernanceProblemExceptionHandler.ProblemFor(new DomainRuleViolationException(rule, "refused"), s_options)!;
        var expected = s_options.StateConflictRules.Contains(rule) ? 409 : 422;

        return (problem.Status == expected && problem.Type == s_options.ProblemTypePrefix + rule && (string?)problem.Extensions["rule"] == rule && problem.Detail?.EndsWith("refused", StringComparison.Ordinal) == true)
            .Label($"{rule}: {problem.Status} {problem.Type}");
    }

    [Fact]
    public void The_demand_lifecycle_is_a_state_conflict_and_a_missing_power_is_unprocessable()
    {
        Assert.Equal(409, GovernanceProblemExceptionHandler.ProblemFor(new DomainRuleViolationException(DemandRules.TransitionIsLegal, "x"), s_options)!.Status);
        Assert.Equal(422, GovernanceProblemExceptionHandler.ProblemFor(new DomainRuleViolationException(CommunityRules.OrderIssuerHoldsPower, "x"), s_options)!.Status);
    }

    [Fact]
    public void A_concurrency_conflict_is_409_and_an_unmatched_if_match_is_412()
    {
        var conflict = GovernanceProblemExceptionHandler.ProblemFor(new ConcurrencyConflictException("demand/SQ-1", 3, 4), s_options)!;
        var precondition = GovernanceProblemExceptionHandler.ProblemFor(new PreconditionFailedException(4, "stale"), s_options)!;

        Assert.Equal(409, conflict.Status);
        Assert.Equal(s_options.ProblemTypePrefix + KernelRules.StreamVersionMatches, conflict.Type);
        Assert.Equal(412, precondition.Status);
        Assert.Equal("\"4\"", precondition.Extensions["etag"]);
    }

    [Fact]
    public void Other_exceptions_are_left_to_the_next_handler()
    {
        Assert.Null(GovernanceProblemExceptionHandler.ProblemFor(new InvalidOperationException(), s_options));
    }

    [Fact]
    public void The_title_is_in_the_request_s_culture()
    {
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            var english = GovernanceProblemExceptionHandler.ProblemFor(new DomainRuleViolationException(CommunityRules.OrderIssuerHoldsPower, "x"), s_options)!.Title;
            var generic = GovernanceProblemExceptionHandler.ProblemFor(new DomainRuleViolationException("SomeVendorRule", "x"), s_options)!.Title;
            CultureInfo.CurrentUICulture = new CultureInfo("zh-Hans");
            var chinese = GovernanceProblemExceptionHandler.ProblemFor(new DomainRuleViolationException(CommunityRules.OrderIssuerHoldsPower, "x"), s_options)!.Title;
            var chineseGeneric = GovernanceProblemExceptionHandler.ProblemFor(new DomainRuleViolationException("SomeVendorRule", "x"), s_options)!.Title;

            Assert.Equal("An order sinks only if its issuer holds its power over the channel's community at that time.", english);
            Assert.Equal("行政指令只有在发令者当时对渠道所在社区拥有相应权能时才能下沉。", chinese);
            Assert.Equal("A governance rule refuses this request.", generic);
            Assert.Equal("治理规则拒绝了此请求。", chineseGeneric);
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }
}
