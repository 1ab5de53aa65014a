using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities.Homeowners;

/// <summary>Builds small registers for the worked examples: units by area, each held by the developer or an owner.</summary>
internal static class Compound
{
    public static readonly ActorId Developer = new("DEV-JINMA");
    public static readonly Instant OpensAt = Instant.FromUtc(2025, 4, 1, 0, 0);
    public static readonly Instant ClosesAt = Instant.FromUtc(2025, 4, 15, 0, 0);

    /// <summary>A register of units of the given areas; owner <c>null</c> leaves a unit with the developer.</summary>
    public static OwnershipRegister Register(params (decimal Area, string? Owner)[] units)
    {
        var at = Instant.FromUtc(2025, 1, 1, 0, 0);
        var register = OwnershipRegister.Open(new LivingCommunityId("GUANGHUA-YIJIA"), Developer, EverythingExists.Directory, at);
        for (var i = 0; i < units.Length; i++)
        {
            var unit = new ExclusiveUnitId($"GH-A01-{i + 1:D3}");
            register.RegisterUnit(unit, new BuildingId("GH-A01"), FloorArea.FromSquareMetres(units[i].Area), at);
            if (units[i].Owner is { } owner)
            {
                register.Deliver(unit, new ActorId(owner), new PersonName("业主" + owner), at);
            }
        }

        return register;
    }

    public static AssemblyVote Vote(OwnershipRegister register, AssemblyMatter matter, ProcedureThresholds? thresholds = null) =>
        AssemblyVote.Open(new AssemblyVoteId("YZDH-2025-01"), register, matter, "使用公共维修资金更换电梯", OpensAt, ClosesAt, thresholds ?? ProcedureThresholds.CivilCode, OpensAt);

    /// <summary>Casts the ballots one minute apart and closes the vote.</summary>
    public static AssemblyTally CastAndClose(AssemblyVote vote, params (string Owner, BallotChoice Choice)[] ballots)
    {
        var at = OpensAt;
        foreach (var (owner, choice) in ballots)
        {
            at += Duration.FromMinutes(1);
            vote.Cast(new ActorId(owner), choice, at);
        }

        return vote.Close(ClosesAt);
    }
}
