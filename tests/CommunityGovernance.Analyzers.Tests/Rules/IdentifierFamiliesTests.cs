using Verify = CommunityGovernance.Analyzers.Tests.Verification.AnalyzerVerifier<CommunityGovernance.Analyzers.Tests.Verification.IdentifierRules>;

namespace CommunityGovernance.Analyzers.Tests.Rules;

/// <summary>
/// CGB002 through text and collections: every way a value read from one identifier meets the other, each with a
/// look-alike that stays within one space.
/// </summary>
public sealed class IdentifierFamiliesTests
{
    private static string InMethod(string statements) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using CommunityGovernance.Communities;

        public static class Reconciliation
        {
            public static object Run(AdministrativeCommunityId admin, LivingCommunityId living, AdministrativeCommunityId other, LivingCommunityId neighbour, IEnumerable<AdministrativeCommunityId> admins, bool flag)
            {
                {{statements}}
                return 0;
            }
        }
        """;

    [Theory]
    [InlineData("var same = {|CGB002:\"A-\" + admin.ToString() == living.Value|};")]
    [InlineData("var key = \"A-\" + admin; var same = {|CGB002:key == living.Value|};")]
    [InlineData("var key = string.Concat(\"A-\", admin.ToString()); var same = {|CGB002:key == living.Value|};")]
    [InlineData("var key = string.Format(\"{0}\", admin); var same = {|CGB002:key == living.Value|};")]
    [InlineData("var key = flag ? admin.ToString() : \"\"; var same = {|CGB002:key == living.Value|};")]
    [InlineData("var starts = {|CGB002:living.Value.StartsWith(admin.ToString())|};")]
    [InlineData("var ends = {|CGB002:admin.ToString().EndsWith(living.Value, StringComparison.Ordinal)|};")]
    [InlineData("var inside = {|CGB002:living.Value.Contains(admin.ToString())|};")]
    [InlineData("var at = {|CGB002:living.Value.IndexOf(admin.ToString())|};")]
    [InlineData("var same = {|CGB002:StringComparer.Ordinal.Equals(admin.ToString(), living.Value)|};")]
    [InlineData("var order = {|CGB002:StringComparer.OrdinalIgnoreCase.Compare(living.Value, admin.ToString())|};")]
    [InlineData("var same = {|CGB002:EqualityComparer<string>.Default.Equals(admin.ToString(), living.Value)|};")]
    [InlineData("var same = {|CGB002:EqualityComparer<object>.Default.Equals(admin, living)|};")]
    [InlineData("var same = {|CGB002:(admin.ToString(), 1) == (living.Value, 1)|};")]
    [InlineData("if (admin.ToString() is var text && {|CGB002:text == living.Value|}) { }")]
    [InlineData("switch (admin.ToString()) { case var text when {|CGB002:text == living.Value|}: break; }")]
    [InlineData("var r = admin.ToString() switch { var text when {|CGB002:text == living.Value|} => 1, _ => 0 };")]
    [InlineData("object boxed = admin; var r = boxed switch { {|CGB002:LivingCommunityId l|} => 1, _ => 0 };")]
    [InlineData("object boxed = admin; switch (boxed) { case {|CGB002:LivingCommunityId l|}: break; }")]
    [InlineData("var key = \"\"; key = admin.ToString(); var same = {|CGB002:key == living.Value|};")]
    [InlineData("var codes = admins.Select(a => a.ToString()).ToList(); var any = codes.Any(c => {|CGB002:c == living.Value|});")]
    public async Task Values_read_from_the_two_identifiers_meeting_in_text_are_an_error(string statements)
    {
        await Verify.VerifyAsync(InMethod(statements));
    }

    [Theory]
    [InlineData("var same = \"A-\" + admin.ToString() == other.ToString();")]
    [InlineData("var starts = living.Value.StartsWith(neighbour.Value) || living.Value.StartsWith(\"GY\");")]
    [InlineData("var same = StringComparer.Ordinal.Equals(living.Value, neighbour.Value) && EqualityComparer<string>.Default.Equals(admin.ToString(), other.ToString());")]
    [InlineData("var same = (admin, 1) == (other, 1); var text = admin.ToString(); var fine = text.Equals(other.ToString(), StringComparison.Ordinal);")]
    [InlineData("if (admin.ToString() is var text && text == other.ToString()) { }")]
    [InlineData("object boxed = admin; var r = boxed switch { AdministrativeCommunityId a => 1, _ => 0 };")]
    [InlineData("var key = living.Value; key = neighbour.Value; var same = key == living.Value;")]
    [InlineData("var key = admin.ToString(); key = \"x\"; var same = key == other.ToString();")]
    [InlineData("var list = new List<string> { \"a\" }; var at = list.IndexOf(living.Value);")]
    [InlineData("var codes = admins.Select(a => a.ToString()).ToList(); var any = codes.Any(c => c == other.ToString());")]
    public async Task The_same_forms_within_one_space_are_fine(string statements)
    {
        await Verify.VerifyAsync(InMethod(statements));
    }

    [Theory]
    [InlineData("var set = {|#1:admins.Select(a => a.ToString()).ToHashSet()|}; var seen = {|#0:set.Contains(living.Value)|};")]
    [InlineData("var map = {|#1:admins.ToDictionary(a => a.ToString(), a => 1)|}; var seen = {|#0:map.ContainsKey(living.Value)|};")]
    [InlineData("HashSet<string> set = {|#1:[admin.ToString(), other.ToString()]|}; var seen = {|#0:set.Contains(living.Value)|};")]
    [InlineData("var list = {|#1:new List<string> { admin.ToString() }|}; var at = {|#0:list.IndexOf(living.Value)|};")]
    [InlineData("var codes = {|#1:admins.Select(a => a.ToString()).ToArray()|}; var at = {|#0:Array.IndexOf(codes, living.Value)|};")]
    public async Task A_collection_filled_when_it_is_made_and_queried_with_the_other_identifier_is_an_error(string statements)
    {
        await Verify.VerifyAsync(
            InMethod(statements),
            Verify.Diagnostic("CGB002").WithLocation(0).WithLocation(1).WithArguments("lookup"));
    }

    [Theory]
    [InlineData("var set = admins.Select(a => a.ToString()).ToHashSet(); var seen = set.Contains(other.ToString());")]
    [InlineData("var map = admins.ToDictionary(a => a.ToString(), a => 1); var seen = map.ContainsKey(admin.ToString());")]
    [InlineData("HashSet<string> set = [living.Value, neighbour.Value]; var seen = set.Contains(living.Value);")]
    public async Task A_collection_filled_when_it_is_made_and_queried_in_its_own_space_is_fine(string statements)
    {
        await Verify.VerifyAsync(InMethod(statements));
    }

    [Fact]
    public async Task A_field_filled_by_its_initializer_or_in_another_type_and_queried_with_the_other_identifier_is_an_error()
    {
        await Verify.VerifyAsync(
            """
            using System.Collections.Generic;
            using CommunityGovernance.Communities;

            public sealed class Registry
            {
                public static readonly AdministrativeCommunityId Office = AdministrativeCommunityId.Parse("520102001001");
                private readonly HashSet<string> _known = {|#1:[Office.ToString()]|};
                public Dictionary<string, int> Counts { get; } = new();

                public void Count(AdministrativeCommunityId community) => {|#3:Counts[community.ToString()]|} = 1;

                public bool Known(LivingCommunityId compound) => {|#0:_known.Contains(compound.Value)|};
            }

            public sealed class Desk
            {
                public int Lookup(Registry registry, LivingCommunityId compound) => {|#2:registry.Counts[compound.Value]|};

                public int Fine(Registry registry, AdministrativeCommunityId community) => registry.Counts[community.ToString()];
            }
            """,
            Verify.Diagnostic("CGB002").WithLocation(0).WithLocation(1).WithArguments("lookup"),
            Verify.Diagnostic("CGB002").WithLocation(2).WithLocation(3).WithArguments("lookup"));
    }
}
