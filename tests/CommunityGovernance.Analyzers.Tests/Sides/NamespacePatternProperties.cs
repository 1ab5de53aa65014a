using CommunityGovernance.Analyzers.Sides;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Analyzers.Tests.Sides;

/// <summary>Generators of namespace names and of text that may or may not be a namespace pattern.</summary>
public static class NamespaceArbitraries
{
    private static readonly Gen<string> Segment =
        from first in Gen.Elements("A", "B", "Vendor", "Street", "Residents", "_x", "Grid")
        from rest in Gen.Elements(string.Empty, "Office", "2", "s", "_Tasks")
        select first + rest;

    /// <summary>Dotted namespace names of one to five segments, as segment arrays.</summary>
    public static Arbitrary<string[]> Namespaces() =>
        Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Segment, n)).ToArbitrary();

    /// <summary>Any text built from the characters a pattern uses and a few it must not.</summary>
    public static Arbitrary<string> PatternText() =>
        Gen.Choose(0, 12)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements('A', 'b', '_', '1', '.', '*', '-', ' ', '中'), n))
            .Select(chars => new string(chars))
            .ToArbitrary();
}

public sealed class NamespacePatternProperties
{
    [ScaledProperty(Arbitrary = [typeof(NamespaceArbitraries)])]
    public bool A_namespace_name_is_a_pattern_that_matches_exactly_itself(string[] ns)
    {
        var pattern = NamespacePattern.TryParse(string.Join('.', ns), out var problem);
        return pattern is not null && problem is null && pattern.Matches(ns) &&
            !pattern.Matches([.. ns, "Child"]) &&
            (ns.Length == 1 || !pattern.Matches(ns[..^1]));
    }

    [ScaledProperty(Arbitrary = [typeof(NamespaceArbitraries)])]
    public bool A_double_star_segment_matches_any_number_of_segments_and_nothing_else(string[] prefix, string[] ns)
    {
        var pattern = NamespacePattern.TryParse("**." + string.Join('.', ns), out _)!;
        return pattern.Matches(ns) && pattern.Matches([.. prefix, .. ns]) && !pattern.Matches([.. ns, "Child"]) && pattern.MayMatchWithin(prefix);
    }

    [ScaledProperty(Arbitrary = [typeof(NamespaceArbitraries)])]
    public bool A_trailing_wildcard_matches_the_namespace_and_everything_below_it(string[] ns, string[] below)
    {
        var pattern = NamespacePattern.TryParse(string.Join('.', ns) + ".*", out _)!;
        return pattern.Matches(ns) && pattern.Matches([.. ns, .. below]) && !pattern.Matches(["Elsewhere", .. ns]);
    }

    [ScaledProperty(Arbitrary = [typeof(NamespaceArbitraries)])]
    public bool A_wildcard_inside_a_segment_stays_inside_that_segment(string[] ns)
    {
        var last = ns[^1];
        var pattern = NamespacePattern.TryParse(string.Join('.', ns[..^1].Append(last[..1] + "*")), out _)!;
        return pattern.Matches(ns) && !pattern.Matches([.. ns, "Child"]);
    }

    [ScaledProperty(Arbitrary = [typeof(NamespaceArbitraries)])]
    public bool Reading_any_text_either_gives_a_pattern_or_names_the_problem(string text)
    {
        var pattern = NamespacePattern.TryParse(text, out var problem);
        return (pattern is null) != (problem is null) &&
            (problem is null || problem is "PatternEmpty" or "PatternCharacters") &&
            (pattern is null || !text.Contains(' ', StringComparison.Ordinal));
    }

    [ScaledProperty(Arbitrary = [typeof(NamespaceArbitraries)])]
    public bool A_longer_literal_pattern_is_more_specific(string[] ns)
    {
        var broad = NamespacePattern.TryParse(ns[0] + ".*", out _)!;
        var narrow = NamespacePattern.TryParse(string.Join('.', ns), out _)!;
        return narrow.Specificity >= broad.Specificity;
    }

    [Theory]
    [InlineData("Vendor.StreetOffice.*", "Vendor.StreetOffice", true)]
    [InlineData("Vendor.StreetOffice.*", "Vendor.StreetOffice.Tasks.Daily", true)]
    [InlineData("Vendor.StreetOffice.*", "Vendor.StreetOfficeLegacy", false)]
    [InlineData("Vendor.*Office", "Vendor.StreetOffice", true)]
    [InlineData("Vendor.*Office", "Vendor.StreetOffice.Tasks", false)]
    [InlineData("*.Residents", "Vendor.Residents", true)]
    [InlineData("Vendor.Residents", "Vendor.Residents", true)]
    [InlineData("Vendor.Residents", "vendor.residents", false)]
    public void Examples_of_matching(string pattern, string ns, bool matches)
    {
        Assert.Equal(matches, NamespacePattern.TryParse(pattern, out _)!.Matches(ns.Split('.')));
    }
}
