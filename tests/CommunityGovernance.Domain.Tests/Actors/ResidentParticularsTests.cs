using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Actors;

public sealed class ResidentParticularsTests
{
    private static readonly Residence InWenjiang = new(AdministrativeCommunityId.Parse("510115001001"), new LivingCommunityId("GY-01"));

    private static ResidentParticulars RegisteredIn(string area) => new(
        new PersonName("李娜"),
        ResidentIdentityNumber.Parse("510115199001010018"),
        new PhoneNumber("138 0000 1234"),
        AreaCode.Parse(area),
        InWenjiang);

    [Theory]
    [InlineData("510115", false)]
    [InlineData("510115002", false)]
    [InlineData("510115003004", false)]
    [InlineData("510104", true)]
    [InlineData("440305001", true)]
    public void A_resident_registered_in_another_district_is_floating(string registered, bool floating)
    {
        Assert.Equal(floating, RegisteredIn(registered).IsFloating);
    }

    [Theory]
    [InlineData("51")]
    [InlineData("5101")]
    public void A_registered_residence_coarser_than_a_district_is_refused(string registered)
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => RegisteredIn(registered));
        Assert.Equal(ActorRules.RegisteredResidenceIsDistrictOrBelow, error.Rule);
    }

    [Fact]
    public void Missing_personal_values_are_refused_naming_their_rule()
    {
        Assert.Equal(ActorRules.PersonNameIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => new PersonName("  ")).Rule);
        Assert.Equal(ActorRules.PersonNameIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => new PersonName(null)).Rule);
        Assert.Equal(ActorRules.PhoneNumberIsWellFormed, Assert.Throws<DomainRuleViolationException>(() => new PhoneNumber("call me")).Rule);
        Assert.Equal(ActorRules.PersonNameIsWellFormed, Assert.Throws<DomainRuleViolationException>(() =>
            new ResidentParticulars(default, ResidentIdentityNumber.Parse("510115199001010018"), null, AreaCode.Parse("510115"), InWenjiang)).Rule);
        Assert.Equal(ActorRules.ResidentIdentityNumberIsWellFormed, Assert.Throws<DomainRuleViolationException>(() =>
            new ResidentParticulars(new PersonName("李娜"), default, null, AreaCode.Parse("510115"), InWenjiang)).Rule);
        Assert.Equal(KernelRules.ValueIsRequired, Assert.Throws<DomainRuleViolationException>(() =>
            new ResidentParticulars(new PersonName("李娜"), ResidentIdentityNumber.Parse("510115199001010018"), null, AreaCode.Parse("510115"), null!)).Rule);
    }

    [Fact]
    public void A_phone_number_is_normalised_and_its_message_never_repeats_it()
    {
        Assert.Equal("+862882700000", new PhoneNumber("+86-28-8270 0000").Value);
        var error = Assert.Throws<DomainRuleViolationException>(() => new PhoneNumber("13800001234567890"));
        Assert.DoesNotContain("1380000", error.Message, StringComparison.Ordinal);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(ActorArbitraries) })]
    public Property Personal_data_never_shows_in_text_forms_of_particulars_actor_snapshot_or_events(ResidentParticulars particulars)
    {
        var actor = Actor.RegisterResident(new ActorId("R-1"), particulars, EverythingExists.Directory, Instant.FromUtc(2025, 3, 1, 9, 0));
        var texts = new[]
        {
            particulars.ToString(),
            actor.ToString(),
            actor.ToSnapshot().ToString(),
            actor.PendingEvents.Single().ToString(),
            particulars.Name.ToString(),
            particulars.IdentityNumber.ToString(),
        };
        var secrets = new[] { particulars.Name.Value, particulars.IdentityNumber.Value, particulars.Phone?.Value }.OfType<string>();

        return texts.All(text => secrets.All(secret => !text.Contains(secret, StringComparison.Ordinal)))
            .Label(string.Join(" | ", texts));
    }

    [ScaledProperty(Arbitrary = new[] { typeof(ActorArbitraries) })]
    public Property Floating_exactly_when_the_registered_district_differs_from_the_district_lived_in(ResidentParticulars particulars)
    {
        var registeredDistrict = particulars.RegisteredResidence.ToTwelveDigitString()[..6];
        var livedDistrict = particulars.ActualResidence.Community.ToString()[..6];
        return (particulars.IsFloating == (registeredDistrict != livedDistrict)).Label($"{registeredDistrict} / {livedDistrict}");
    }
}
