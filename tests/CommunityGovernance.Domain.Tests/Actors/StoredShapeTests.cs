using System.Text.Json;
using CommunityGovernance.Actors;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CommunityGovernance.Domain.Tests.Actors;

public sealed class StoredShapeTests
{
    [Fact]
    public void Value_objects_are_stored_as_their_text_and_read_back_equal()
    {
        Assert.Equal("\"D-1\"", JsonSerializer.Serialize(new DemandId("D-1")));
        Assert.Equal(new DemandId("D-1"), JsonSerializer.Deserialize<DemandId>("\"D-1\""));
        Assert.Equal("\"510115199001010018\"", JsonSerializer.Serialize(ResidentIdentityNumber.Parse("510115199001010018")));
    }

    [Fact]
    public void Reading_a_stored_value_validates_it_again()
    {
        var error = Assert.Throws<DomainRuleViolationException>(() => JsonSerializer.Deserialize<ResidentIdentityNumber>("\"510115199001010019\""));
        Assert.Equal(ActorRules.ResidentIdentityNumberIsWellFormed, error.Rule);
    }

    [ScaledProperty(Arbitrary = new[] { typeof(ActorArbitraries) })]
    public Property Personal_values_round_trip_through_json(PersonName name, ResidentIdentityNumber number, PhoneNumber phone) =>
        (JsonSerializer.Deserialize<PersonName>(JsonSerializer.Serialize(name)) == name
         && JsonSerializer.Deserialize<ResidentIdentityNumber>(JsonSerializer.Serialize(number)) == number
         && JsonSerializer.Deserialize<PhoneNumber>(JsonSerializer.Serialize(phone)) == phone).ToProperty();
}
