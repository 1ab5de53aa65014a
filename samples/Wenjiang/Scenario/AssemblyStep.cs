using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using NodaTime;

namespace Wenjiang.Scenario;

/// <summary>What the homeowners' assembly step leaves behind: the register, the vote, and the decision it carried up.</summary>
/// <param name="Register">Guanghua Yijia's ownership register (building GH-A01).</param>
/// <param name="Vote">The assembly's vote, closed and counted.</param>
/// <param name="Decision">The self-governance decision the adopted vote became, acknowledged by the street office; <see langword="null"/> had it failed.</param>
internal sealed record HomeownersAssemblyOutcome(OwnershipRegister Register, AssemblyVote Vote, SelfGovernanceDecision? Decision);

/// <summary>
/// Step 7b, the homeowners' assembly (业主大会) of 光华逸家 decides by the Civil Code: the register of building GH-A01's
/// twelve exclusive units (two still the developer's, two bought by one owner), a vote on operating common parts
/// (Art. 278 item 8: parcel lockers and charging posts, three quarters of the participants), one owner changing a
/// ballot, and the adopted decision carried up through Heping's residents' committee.
/// </summary>
/// <remarks>
/// Nothing here is random, so the seeded steps after it tell the same story. Owners' names are made up and never
/// printed; the report shows the tally only.
/// </remarks>
internal static class AssemblyStep
{
    /// <summary>The developer (建设单位) of Guanghua Yijia.</summary>
    public static ActorId Developer { get; } = new("KFS-GUANGHUA");

    /// <summary>The homeowners' assembly of Guanghua Yijia, as the deciding body.</summary>
    public static SelfGoverningBody Assembly { get; } = new(new ActorId("YZDH-GUANGHUA-YIJIA"), SelfGoverningBodyKind.HomeownersAssembly);

    /// <summary>The vote opens: 9:00 on 6 April, Beijing time.</summary>
    public static Instant OpensAt { get; } = Timeline.At(2026, 4, 6, 9);

    /// <summary>The vote closes: 9:00 on 20 April, Beijing time.</summary>
    public static Instant ClosesAt { get; } = Timeline.At(2026, 4, 20, 9);

    // Unit, floor area, owner (null: still the developer's) and the owner's made-up name.
    private static readonly (string Unit, decimal Area, string? Owner, string? Name)[] s_units =
    [
        ("GH-A01-1-101", 89.47m, "YZ-GH-01", "周建国"),
        ("GH-A01-1-102", 89.47m, "YZ-GH-02", "吴秀兰"),
        ("GH-A01-1-201", 112.30m, "YZ-GH-03", "郑海涛"),
        ("GH-A01-1-202", 112.30m, "YZ-GH-03", "郑海涛"),
        ("GH-A01-2-101", 128.65m, "YZ-GH-04", "冯丽"),
        ("GH-A01-2-102", 128.65m, "YZ-GH-05", "陈志明"),
        ("GH-A01-2-201", 89.47m, "YZ-GH-06", "褚玉梅"),
        ("GH-A01-2-202", 89.47m, "YZ-GH-07", "卫东"),
        ("GH-A01-3-101", 112.30m, "YZ-GH-08", "蒋文"),
        ("GH-A01-3-102", 112.30m, "YZ-GH-09", "沈佳怡"),
        ("GH-A01-3-201", 128.65m, null, null),
        ("GH-A01-3-202", 143.20m, null, null),
    ];

    // Owner, choice, and the day of April it was cast at 10:00; YZ-GH-05 first votes against, then changes to for;
    // YZ-GH-02 and YZ-GH-07 do not vote, and the developer abstains for its two units.
    private static readonly (string Owner, BallotChoice Choice, int Day)[] s_ballots =
    [
        ("YZ-GH-01", BallotChoice.For, 6),
        ("YZ-GH-03", BallotChoice.For, 7),
        ("YZ-GH-05", BallotChoice.Against, 7),
        ("YZ-GH-04", BallotChoice.For, 8),
        ("YZ-GH-06", BallotChoice.For, 9),
        ("YZ-GH-08", BallotChoice.For, 10),
        ("KFS-GUANGHUA", BallotChoice.Abstain, 13),
        ("YZ-GH-09", BallotChoice.For, 15),
        ("YZ-GH-05", BallotChoice.For, 17),
    ];

    /// <summary>Registers the units, holds the vote, and carries the adopted decision up through Heping's committee.</summary>
    /// <param name="coverage">The coverage register: Heping covers Guanghua Yijia's building GH-A01.</param>
    /// <param name="directory">What exists: Guanghua Yijia, whose register is opened.</param>
    /// <returns>The outcome.</returns>
    public static HomeownersAssemblyOutcome Decide(ICoverageQuery coverage, ICommunityDirectory directory)
    {
        var register = OwnershipRegister.Open(new LivingCommunityId("GUANGHUA-YIJIA"), Developer, directory, Timeline.LivingCommunitiesFounded);
        foreach (var (unit, area, owner, name) in s_units)
        {
            register.RegisterUnit(new ExclusiveUnitId(unit), new BuildingId("GH-A01"), FloorArea.FromSquareMetres(area), Timeline.LivingCommunitiesFounded);
            if (owner is not null)
            {
                register.Deliver(new ExclusiveUnitId(unit), new ActorId(owner), new PersonName(name!), Timeline.LivingCommunitiesFounded);
            }
        }

        var vote = AssemblyVote.Open(
            new AssemblyVoteId("YZDH-GH-2026-01"),
            register,
            AssemblyMatter.CommonPartsUseOrOperation,
            "利用一号楼架空层共有部分设置快递柜和电动自行车充电桩，收益归全体业主 Parcel lockers and e-bike charging posts in GH-A01's open ground floor, the income to all owners",
            OpensAt,
            ClosesAt,
            ProcedureThresholds.CivilCode,
            Timeline.At(2026, 3, 30, 9));
        foreach (var (owner, choice, day) in s_ballots)
        {
            vote.Cast(new ActorId(owner), choice, Timeline.At(2026, 4, day, 10));
        }

        var tally = vote.Close(ClosesAt);
        if (tally.Outcome != AssemblyOutcome.Adopted)
        {
            return new HomeownersAssemblyOutcome(register, vote, null);
        }

        var channel = new ResidentsCommitteeChannel(ActorIds.ResidentsCommittee(CoverageStep.Heping), CoverageStep.Heping);
        var decision = AssemblyDecisionCrossing.Submit(vote, new CrossingId("ZZ-GH-2026-01"), Assembly, ClosesAt.InZone(Timeline.Zone).Date, channel, coverage, Timeline.At(2026, 4, 21, 9));
        decision.Acknowledge(ActorIds.StreetOffice(CoverageStep.Heping.StreetCode), "已收悉，转区住建局备案 Received; filed with the district housing bureau", Timeline.At(2026, 4, 23, 15));
        return new HomeownersAssemblyOutcome(register, vote, decision);
    }
}
