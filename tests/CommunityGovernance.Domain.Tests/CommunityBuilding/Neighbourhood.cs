using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.CommunityBuilding;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.CommunityBuilding;

/// <summary>
/// A small compound for the worked examples: compound C-1 (buildings B-1, B-2) and C-2 (B-3) of one living community,
/// a local and a floating resident in C-1, a resident of C-2, a property company holding a right over the living
/// community and a social organisation holding none.
/// </summary>
internal static class Neighbourhood
{
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 1, 1, 0);
    public static readonly AdministrativeCommunityId Community = AdministrativeCommunityId.Parse("510115001001");
    public static readonly LivingCommunityId Living = new("GUANGHUA");
    public static readonly CommunityBuildingProcessId ProcessId = new("SQYZ-2026-GH01");

    public static readonly Actor Local = Resident("res-local", AreaCode.Parse("510115"), "B-1");
    public static readonly Actor Floating = Resident("res-floating", AreaCode.Parse("110101"), "B-2");
    public static readonly Actor OtherCompound = Resident("res-c2", AreaCode.Parse("510115"), "B-3");
    public static readonly Actor PropertyCompany = Actor.RegisterOrganisation(new ActorId("wy-jinma"), ActorKind.PropertyCompany, "金马物业", Start);
    public static readonly Actor SocialOrganisation = Actor.RegisterOrganisation(new ActorId("so-lehuo"), ActorKind.SocialOrganisation, "乐活社工", Start);

    /// <summary>What exists: the living community and Heping, the residents and the organisations.</summary>
    public static FixedCommunityDirectory Directory => FixedCommunityDirectory.Of(
        Start - Duration.FromDays(1),
        [CommunityUnit.Living(Living), CommunityUnit.Living(new LivingCommunityId("OTHER")), CommunityUnit.Administrative(Community)],
        [Local.Id, Floating.Id, OtherCompound.Id, PropertyCompany.Id, SocialOrganisation.Id]);

    public static LivingCommunity Layout()
    {
        var layout = LivingCommunity.Found(Living, "光华逸家", Start);
        layout.AddCompound(new CompoundId("C-1"), "一期", Start);
        layout.AddCompound(new CompoundId("C-2"), "二期", Start);
        layout.AddBuilding(new BuildingId("B-1"), new CompoundId("C-1"), null, "1栋", Start);
        layout.AddBuilding(new BuildingId("B-2"), new CompoundId("C-1"), null, "2栋", Start);
        layout.AddBuilding(new BuildingId("B-3"), new CompoundId("C-2"), null, "3栋", Start);
        return layout;
    }

    public static Fund Fund(decimal cap = 10_000m) => new(FundSource.Own, "小区公共收益", Money.FromYuan(cap), new ActorId("yw-guanghua"));

    public static CommunityBuildingProcess Open(DecidingBody body = DecidingBody.ResidentsCouncil, decimal cap = 10_000m) =>
        CommunityBuildingProcess.Open(ProcessId, ProcessScope.Compound(Living, new CompoundId("C-1")), "一期院落微更新", body, Fund(cap), Layout(), EverythingExists.Directory, Start);

    public static LocalTie HomeOf(Actor resident, string building) => new(TieKind.Residence, Community, Living, new BuildingId(building));

    public static LocalTie WorkInCompound => new(TieKind.Workplace, Community, Living, new BuildingId("B-1"));

    /// <summary>The property company holds every power over the living community, from a resource integration.</summary>
    public static GovernanceRightsIndex Rights()
    {
        var terms = new RightTerms(
            PropertyCompany.Id, GovernancePowers.All, CommunityUnit.Living(Living), new Interval(Start - Duration.FromDays(1), Start + Duration.FromDays(365)),
            ResourceAllowance.Of(ResourceKind.Funds, 5000));
        var right = GovernanceRight.FromIntegration(
            new GovernanceRightId("R-WY-01"), terms, new ResourceIntegration(PropertyCompany.Id, ResourcePartnerKind.Enterprise, ResourceAllowance.Of(ResourceKind.Funds, 5000)),
            Directory, Start);
        return GovernanceRightsIndex.Build(right.PendingEvents);
    }

    /// <summary>A process in its collecting phase with the two C-1 residents and the property company enrolled and two proposals raised.</summary>
    public static CommunityBuildingProcess Collecting(DecidingBody body = DecidingBody.ResidentsCouncil)
    {
        var process = Open(body);
        process.Enrol(Local, HomeOf(Local, "B-1"), At(1));
        process.Enrol(Floating, HomeOf(Floating, "B-2"), At(2));
        process.Enrol(PropertyCompany, WorkInCompound, At(3));
        process.Propose(new ProposalId("P-1"), Floating.Id, "增设电动车充电棚", [], At(4));
        process.Propose(new ProposalId("P-2"), Local.Id, "院落花园改造", [], At(5));
        return process;
    }

    /// <summary>The collecting process moved to deciding, with P-1 admitted at 6,000 and P-2 at 5,000 yuan.</summary>
    public static CommunityBuildingProcess Deciding()
    {
        var process = Collecting();
        process.Advance(At(10));
        process.Admit(new ProposalId("P-1"), Money.FromYuan(6_000m), At(11));
        process.Admit(new ProposalId("P-2"), Money.FromYuan(5_000m), At(12));
        process.Advance(At(13));
        return process;
    }

    /// <summary>The deciding process with two votes for P-1 and one for P-2, counted: P-1 chosen, P-2 no longer fits.</summary>
    public static CommunityBuildingProcess CarryingOut()
    {
        var process = Deciding();
        process.CastVote(Local.Id, [new ProposalId("P-1")], At(14));
        process.CastVote(Floating.Id, [new ProposalId("P-1")], At(15));
        process.CastVote(PropertyCompany.Id, [new ProposalId("P-2")], At(16));
        process.Advance(At(20));
        return process;
    }

    public static Instant At(int hours) => Start + Duration.FromHours(hours);

    private static Actor Resident(string id, AreaCode registered, string building)
    {
        _ = building;
        var body = "510115199001010" + id.Length.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        var particulars = new ResidentParticulars(
            new PersonName("居民" + id), ResidentIdentityNumber.Parse(body + ResidentIdentityNumber.CheckCharacterOf(body)), null, registered, new Residence(Community, Living));
        return Actor.RegisterResident(new ActorId(id), particulars, EverythingExists.Directory, Start);
    }
}
