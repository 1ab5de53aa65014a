using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Actors;

public sealed class ResidentIdentityNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("510115199001010018")]
    public void A_number_with_the_right_check_character_is_read(string text)
    {
        Assert.Equal(text, ResidentIdentityNumber.Parse(text).Value);
    }

    [Fact]
    public void A_lower_case_x_is_read_as_upper_case()
    {
        Assert.Equal(ResidentIdentityNumber.Parse("11010519491231002X"), ResidentIdentityNumber.Parse("11010519491231002x"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("51011519900101001")]
    [InlineData("5101151990010100188")]
    [InlineData("510115199001010019")]
    [InlineData("510115199002300011")]
    [InlineData("51011519901301001X")]
    [InlineData("010115199001010018")]
    [InlineData("5101151990010100A8")]
    public void A_malformed_number_is_refused_without_repeating_it(string? text)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => ResidentIdentityNumber.Parse(text));

        Assert.Equal(ActorRules.ResidentIdentityNumberIsWellFormed, error.Rule);
        Assert.False(ResidentIdentityNumber.TryParse(text, out _));
        if (!string.IsNullOrEmpty(text))
        {
            Assert.DoesNotContain(text[..10], error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_number_is_redacted_from_its_text_form()
    {
        Assert.Equal(DomainEvent.Redacted, ResidentIdentityNumber.Parse("510115199001010018").ToString());
    }

    [ScaledProperty(Arbitrary = new[] { typeof(ActorArbitraries) })]
    public Property A_generated_number_round_trips(ResidentIdentityNumber number) =>
        (ResidentIdentityNumber.Parse(number.Value) == number && number.ToString() == DomainEvent.Redacted).ToProperty();

    [ScaledProperty]
    public Property Changing_any_one_digit_of_the_body_is_detected() =>
        Prop.ForAll(
            (from body in ActorGenerators.IdentityNumberBodies
             from index in Gen.Choose(0, 16)
             from delta in Gen.Choose(1, 9)
             select (Body: body, Index: index, Delta: delta)).ToArbitrary(),
            change =>
            {
                var valid = change.Body + ResidentIdentityNumber.CheckCharacterOf(change.Body);
                var digit = (char)('0' + ((valid[change.Index] - '0' + change.Delta) % 10));
                var altered = string.Concat(valid[..change.Index], digit.ToString(), valid[(change.Index + 1)..]);
                return ResidentIdentityNumber.TryParse(valid, out _) && !ResidentIdentityNumber.TryParse(altered, out _);
            });
}
