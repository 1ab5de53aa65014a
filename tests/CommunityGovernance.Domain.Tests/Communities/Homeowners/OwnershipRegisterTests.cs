using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities.Homeowners;

public sealed class OwnershipRegisterTests
{
    private static readonly Instant s_at = Instant.FromUtc(2025, 1, 1, 0, 0);
    private static readonly ExclusiveUnitId s_unit = new("GH-A01-2-301");

    private static OwnershipRegister Register()
    {
        var register = OwnershipRegister.Open(new LivingCommunityId("GUANGHUA-YIJIA"), new ActorId("DEV-JINMA"), EverythingExists.Directory, s_at);
        register.RegisterUnit(s_unit, new BuildingId("GH-A01"), FloorArea.FromSquareMetres(89.47m), s_at);
        return register;
    }

    [Fact]
    public void A_unit_is_the_developers_until_delivered_then_its_owners_until_transferred()
    {
        var register = Register();
        Assert.True(register.Find(s_unit)!.IsHeldByDeveloper);

        register.Deliver(s_unit, new ActorId("R-17"), new PersonName("王小明"), s_at);
        register.Transfer(s_unit, new ActorId("R-18"), new PersonName("李华"), s_at);
        register.CorrectArea(s_unit, FloorArea.FromSquareMetres(89.52m), s_at);

        Assert.Equal(new UnitOwner(new ActorId("R-18"), new PersonName("李华")), register.Find(s_unit)!.Owner);
        Assert.Equal(89.52m, register.TotalArea.SquareMetres);
        Assert.Equal(register.ToSnapshot(), OwnershipRegister.FromHistory(register.PendingEvents).ToSnapshot());
        Assert.Equal("ownership-register/GUANGHUA-YIJIA", register.Stream.ToString());
    }

    [Fact]
    public void Refused_changes_leave_the_register_as_it_was()
    {
        var register = Register();
        var before = (register.ToSnapshot(), register.Version);
        var unknown = new ExclusiveUnitId("GH-A01-9-999");

        Assert.Equal(CommunityRules.ExclusiveUnitIsRegisteredOnce, Refused(() => register.RegisterUnit(s_unit, new BuildingId("GH-A01"), FloorArea.FromSquareMetres(1m), s_at)));
        Assert.Equal(CommunityRules.ExclusiveUnitHasFloorArea, Refused(() => register.RegisterUnit(unknown, new BuildingId("GH-A01"), FloorArea.Zero, s_at)));
        Assert.Equal(CommunityRules.ExclusiveUnitIsRegistered, Refused(() => register.Deliver(unknown, new ActorId("R-1"), new PersonName("张三"), s_at)));
        Assert.Equal(CommunityRules.ExclusiveUnitIsDelivered, Refused(() => register.Transfer(s_unit, new ActorId("R-1"), new PersonName("张三"), s_at)));
        Assert.Equal(ActorRules.PersonNameIsWellFormed, Refused(() => register.Deliver(s_unit, new ActorId("R-1"), default, s_at)));
        Assert.Equal(CommunityRules.ExclusiveUnitIdIsWellFormed, Refused(() => register.RegisterUnit(default, new BuildingId("GH-A01"), FloorArea.FromSquareMetres(1m), s_at)));
        Assert.Equal(before, (register.ToSnapshot(), register.Version));

        register.Deliver(s_unit, new ActorId("R-1"), new PersonName("张三"), s_at);
        Assert.Equal(CommunityRules.ExclusiveUnitIsHeldByDeveloper, Refused(() => register.Deliver(s_unit, new ActorId("R-2"), new PersonName("李四"), s_at)));
        Assert.Equal(CommunityRules.OwnershipTransferChangesOwner, Refused(() => register.Transfer(s_unit, new ActorId("R-1"), new PersonName("张三"), s_at)));
    }

    [Fact]
    public void An_owners_name_is_marked_personal_data_and_never_printed()
    {
        var register = Register();
        register.Deliver(s_unit, new ActorId("R-17"), new PersonName("王小明"), s_at);

        Assert.All(register.PendingEvents, e => Assert.DoesNotContain("王小明", e.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain("王小明", register.Find(s_unit)!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", register.ToSnapshot().ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("89.47", 8947L)]
    [InlineData("0", 0L)]
    [InlineData("120.5", 12050L)]
    public void A_floor_area_is_exact_hundredths(string text, long hundredths)
    {
        Assert.Equal(hundredths, FloorArea.Parse(text).Hundredths);
        Assert.Equal(FloorArea.Parse(text), FloorArea.Parse(FloorArea.Parse(text).ToString()));
    }

    [Theory]
    [InlineData("89.471")]
    [InlineData("-1")]
    [InlineData("1e3")]
    [InlineData("100000000.01")]
    public void A_floor_area_with_more_than_two_decimals_or_out_of_range_is_refused(string text) =>
        Assert.Equal(CommunityRules.FloorAreaIsWellFormed, Refused(() => FloorArea.Parse(text)));

    private static string Refused(Action command) => Assert.Throws<DomainRuleViolationException>(command).Rule;

    private static string Refused(Func<object> command) => Assert.Throws<DomainRuleViolationException>(() => command()).Rule;
}
