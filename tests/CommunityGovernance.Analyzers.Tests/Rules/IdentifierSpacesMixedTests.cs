using Verify = CommunityGovernance.Analyzers.Tests.Verification.AnalyzerVerifier<CommunityGovernance.Analyzers.Tests.Verification.IdentifierRules>;

namespace CommunityGovernance.Analyzers.Tests.Rules;

public sealed class IdentifierSpacesMixedTests
{
    private static string InMethod(string statements) => $$"""
        using System;
        using System.Collections.Generic;
        using CommunityGovernance.Communities;

        public static class Reconciliation
        {
            public static void Run(AdministrativeCommunityId admin, LivingCommunityId living, AdministrativeCommunityId other, LivingCommunityId neighbour)
            {
                {{statements}}
            }
        }
        """;

    [Theory]
    [InlineData("var same = {|CGB002:(object)admin == (object)living|};")]
    [InlineData("var same = {|CGB002:admin.Equals(living)|};")]
    [InlineData("var same = {|CGB002:living.Equals((object)admin)|};")]
    [InlineData("var same = {|CGB002:Equals(admin, living)|};")]
    [InlineData("var same = {|CGB002:object.Equals(living, admin)|};")]
    [InlineData("var same = {|CGB002:admin.ToString() == living.Value|};")]
    [InlineData("var same = {|CGB002:admin.AreaCode.Value == long.Parse(living.Value)|};")]
    [InlineData("var same = {|CGB002:string.Equals(admin.ToString(), living.Value, StringComparison.Ordinal)|};")]
    [InlineData("var text = admin.ToString(); var same = {|CGB002:text == living.Value|};")]
    [InlineData("var order = {|CGB002:string.CompareOrdinal($\"{admin}\", living.Value)|};")]
    public async Task Comparing_the_two_identifier_spaces_is_an_error(string statements)
    {
        await Verify.VerifyAsync(InMethod(statements));
    }

    // Every comparison operator mixes the spaces the same way: whether two ids differ, or which sorts first, is as
    // meaningless across the boundary as whether they are equal.
    [Theory]
    [InlineData("var differ = {|CGB002:(object)admin != (object)living|};")]
    [InlineData("var differ = {|CGB002:admin.ToString() != living.Value|};")]
    [InlineData("var before = {|CGB002:admin.AreaCode.Value < long.Parse(living.Value)|};")]
    [InlineData("var before = {|CGB002:admin.AreaCode.Value <= long.Parse(living.Value)|};")]
    [InlineData("var after = {|CGB002:admin.AreaCode.Value > long.Parse(living.Value)|};")]
    [InlineData("var after = {|CGB002:admin.AreaCode.Value >= long.Parse(living.Value)|};")]
    [InlineData("var after = {|CGB002:long.Parse(living.Value) >= admin.AreaCode.Value|};")]
    public async Task Every_comparison_operator_across_the_two_identifier_spaces_is_an_error(string statements)
    {
        await Verify.VerifyAsync(InMethod(statements));
    }

    [Theory]
    [InlineData("var differ = admin != other;")]
    [InlineData("var differ = living.Value != neighbour.Value;")]
    [InlineData("var before = admin.AreaCode.Value < other.AreaCode.Value;")]
    [InlineData("var before = admin.AreaCode <= other.AreaCode;")]
    [InlineData("var after = long.Parse(living.Value) > long.Parse(neighbour.Value);")]
    [InlineData("var after = admin.AreaCode.Value >= 510115000000L;")]
    public async Task Comparison_operators_within_one_identifier_space_are_fine(string statements)
    {
        await Verify.VerifyAsync(InMethod(statements));
    }

    [Theory]
    [InlineData("var made = {|CGB002:AdministrativeCommunityId.Parse(living.Value)|};")]
    [InlineData("var made = {|CGB002:new AdministrativeCommunityId(AreaCode.Parse(living.Value))|};")]
    [InlineData("var made = {|CGB002:new LivingCommunityId(admin.ToString())|};")]
    [InlineData("LivingCommunityId made = {|CGB002:new(admin.AreaCode.ToString())|};")]
    public async Task Constructing_one_identifier_from_the_other_is_an_error(string statements)
    {
        await Verify.VerifyAsync(InMethod(statements));
    }

    [Theory]
    [InlineData("var cast = {|CGB002:(LivingCommunityId)(object)admin|};")]
    [InlineData("object boxed = admin; var cast = {|CGB002:(LivingCommunityId)boxed|};")]
    [InlineData("var cast = {|CGB002:(object)admin as LivingCommunityId?|};")]
    [InlineData("var match = {|CGB002:(object)admin is LivingCommunityId|};")]
    [InlineData("if ({|CGB002:(object)living is AdministrativeCommunityId found|}) { }")]
    public async Task Converting_between_them_through_object_is_an_error(string statements)
    {
        await Verify.VerifyAsync(InMethod(statements));
    }

    [Fact]
    public async Task A_collection_keyed_by_one_side_and_looked_up_with_the_other_is_an_error()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using CommunityGovernance.Communities;

            public sealed class Budget
            {
                private readonly Dictionary<string, decimal> _byCommunity = new();
                private readonly HashSet<object> _seen = new();

                public void Allocate(AdministrativeCommunityId community, decimal amount)
                {
                    _byCommunity[community.ToString()] = amount;
                    _seen.Add(community);
                }

                public decimal For(LivingCommunityId compound) =>
                    {|CGB002:_byCommunity.GetValueOrDefault(compound.Value)|} + ({|CGB002:_seen.Contains(compound)|} ? 1 : 0);

                public decimal Direct(LivingCommunityId compound) => {|CGB002:_byCommunity[compound.Value]|};

                public decimal Fine(AdministrativeCommunityId community) => _byCommunity[community.ToString()];
            }
            """);
    }

    [Fact]
    public async Task Lookups_through_casts_and_static_extension_calls_are_followed_and_single_uses_are_not()
    {
        await Verify.VerifyAsync("""
            using System.Collections.Generic;
            using CommunityGovernance.Communities;

            public sealed class Register
            {
                private readonly Dictionary<string, int> _counts = new();
                private readonly List<string> _log = new();

                public void Count(AdministrativeCommunityId community)
                {
                    _counts.Add(community.ToString(), 1);
                    _log.Add(community.ToString());
                }

                public bool Seen(LivingCommunityId compound) =>
                    {|CGB002:((IDictionary<string, int>)_counts).ContainsKey(compound.Value)|} ||
                    {|CGB002:CollectionExtensions.GetValueOrDefault(_counts, compound.Value)|} > 0 ||
                    _counts.Count < 3;
            }
            """);
    }

    [Fact]
    public async Task Same_side_comparisons_and_explicit_units_are_fine()
    {
        await Verify.VerifyAsync(InMethod("""
            var a = admin == other;
            var b = living.Equals(neighbour);
            var c = admin.AreaCode.IsWithin(other.StreetCode);
            var d = CommunityUnit.Living(living) == CommunityUnit.Administrative(admin);
            var e = string.Equals(living.Value, neighbour.Value, StringComparison.Ordinal);
            var f = new Dictionary<LivingCommunityId, int> { [living] = 1 }.ContainsKey(neighbour);
            var g = admin.CompareTo(other) < 0;
            var h = 3 == 4;
            """));
    }
}
