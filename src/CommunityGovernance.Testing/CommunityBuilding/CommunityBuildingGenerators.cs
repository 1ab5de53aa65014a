using CommunityGovernance.Actors;
using CommunityGovernance.Rights;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.CommunityBuilding;

/// <summary>
/// Generators for community building (社区营造): whole processes on a compound or an administrative community, with
/// floating and local residents living in the unit or not, organisations holding rights or not, and steps through
/// every phase — some out of phase, by outsiders, over the budget or beyond an allocation, which the process refuses.
/// Every generator is pure FsCheck, so a fixed seed replays it.
/// </summary>
public static class CommunityBuildingGenerators
{
    private static readonly ActorKind[] s_organisationKinds =
        [ActorKind.PropertyCompany, ActorKind.SocialOrganisation, ActorKind.SelfOrganisation, ActorKind.ResidentsCommittee, ActorKind.HomeownersCommittee];

    /// <summary>Residents: about half floating, about three quarters living in the unit.</summary>
    public static Gen<ScenarioResident> Resident { get; } =
        from floating in Gen.Elements(true, false)
        from inside in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from building in Gen.Choose(0, 2)
        select new ScenarioResident(floating, inside, building);

    /// <summary>Organisations of the kinds that carry projects out, a quarter of them holding no right over the unit.</summary>
    public static Gen<ScenarioOrganisation> Organisation { get; } =
        from kind in Gen.Elements(s_organisationKinds)
        from bits in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 15)))
        select new ScenarioOrganisation(kind, PowersOf(bits));

    /// <summary>Whole scenarios: 1 to 10 residents, 1 to 4 organisations, a cap of 1,000 to 100,000 yuan, and steps through all five phases.</summary>
    public static Gen<CommunityBuildingScenario> Scenario { get; } =
        from living in Gen.Elements(true, false)
        from cap in Gen.Choose(1_000, 100_000)
        from residents in Gen.Choose(1, 10).SelectMany(n => Gen.ArrayOf(Resident, n))
        from organisations in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Organisation, n))
        from proposals in Gen.Choose(1, 6)
        from steps in Commands(residents.Length, organisations.Length, proposals, cap * 100L)
        select new CommunityBuildingScenario(living, cap, residents, organisations, steps);

    /// <summary>
    /// Steps through the five phases for the residents and organisations (plus the outsider) and proposals numbered 1 to
    /// <paramref name="proposals"/> (plus one never raised). Ballots choose few proposals, so most fit the cap; parts are
    /// mostly taken by organisations, which may hold rights.
    /// </summary>
    /// <param name="residents">How many residents the scenario has: actors 0 to residents - 1.</param>
    /// <param name="organisations">How many organisations follow them.</param>
    /// <param name="proposals">How many proposals may be raised.</param>
    /// <param name="capFen">The budget cap, in fen.</param>
    /// <returns>The generator.</returns>
    public static Gen<CommunityBuildingCommand[]> Commands(int residents, int organisations, int proposals, long capFen)
    {
        var actors = residents + organisations;
        var organisation = Gen.Choose(residents, actors - 1);
        var actor = Gen.Frequency((9, Gen.Choose(0, actors - 1)), (1, Gen.Constant(actors)));
        var proposal = Gen.Frequency((9, Gen.Choose(1, proposals)), (1, Gen.Constant(proposals + 1)));
        var advance = new CommunityBuildingCommand(CommunityBuildingStepKind.Advance);
        var support = from a in actor from p in proposal select new CommunityBuildingCommand(CommunityBuildingStepKind.Support, a, p);
        var cost = Gen.Frequency(
            (6, Gen.Choose(1, (int)Math.Min(int.MaxValue, capFen * 7 / 10)).Select(f => (long)f)),
            (1, Gen.Constant(capFen + 1)),
            (1, Gen.Constant(capFen)));
        var vote = from a in actor
                   from size in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 2)), (1, Gen.Choose(3, proposals + 1)))
                   from choices in Gen.ArrayOf(Gen.Choose(1, proposals + 1), size)
                   select new CommunityBuildingCommand(CommunityBuildingStepKind.Vote, a, Choices: [.. choices]);
        var power = Gen.Elements(Enum.GetValues<GovernancePower>());

        var collect =
            from raisers in Gen.ArrayOf(actor, proposals)
            from supports in Gen.Choose(0, 20).SelectMany(n => Gen.ArrayOf(support, n))
            from stray in vote
            select Enumerable.Range(0, actors + 1).Select(a => new CommunityBuildingCommand(CommunityBuildingStepKind.Enrol, a))
                .Concat(raisers.Select((a, i) => new CommunityBuildingCommand(CommunityBuildingStepKind.Propose, a, i + 1)))
                .Concat(supports).Append(stray).Append(advance);
        var deliberate =
            from merges in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(from p in proposal from q in proposal select new CommunityBuildingCommand(CommunityBuildingStepKind.Merge, Proposal: p, Other: q), n))
            from attends in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(actor.Select(a => new CommunityBuildingCommand(CommunityBuildingStepKind.Attend, a)), n))
            from admits in Gen.ArrayOf(from admit in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false))) from fen in cost select (admit, fen), proposals + 1)
            from supports in Gen.Choose(0, 8).SelectMany(n => Gen.ArrayOf(support, n))
            select merges.Concat(attends).Concat(supports)
                .Concat(admits.Select((x, i) => (x, i)).Where(x => x.x.admit).Select(x => new CommunityBuildingCommand(CommunityBuildingStepKind.Admit, Proposal: x.i + 1, Fen: x.x.fen)))
                .Append(new CommunityBuildingCommand(CommunityBuildingStepKind.Spend, Proposal: 1, Fen: 100))
                .Append(advance);
        var decide =
            from votes in Gen.Choose(0, 20).SelectMany(n => Gen.ArrayOf(vote, n))
            select votes.Append(new CommunityBuildingCommand(CommunityBuildingStepKind.Propose, 0, proposals + 2)).Append(advance);
        var project =
            from p in proposal
            from parts in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(from a in Gen.Frequency((3, organisation), (1, actor)) from w in power select new CommunityBuildingCommand(CommunityBuildingStepKind.TakePart, a, p, Power: w), n))
            from volunteers in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(actor.Select(a => new CommunityBuildingCommand(CommunityBuildingStepKind.Volunteer, a, p)), n))
            from spends in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, (int)Math.Min(int.MaxValue, capFen / 2)).Select(f => new CommunityBuildingCommand(CommunityBuildingStepKind.Spend, Proposal: p, Fen: f)), n))
            from complete in Gen.Frequency((2, Gen.Constant(true)), (1, Gen.Constant(false)))
            select parts.Concat(volunteers).Concat(spends).Concat(complete ? [new CommunityBuildingCommand(CommunityBuildingStepKind.Complete, Proposal: p)] : []);
        var carryOut =
            from projects in Gen.Choose(proposals, 2 * proposals).SelectMany(n => Gen.ArrayOf(project, n))
            select projects.SelectMany(x => x).Append(advance);

        return from c in collect
               from d in deliberate
               from v in decide
               from o in carryOut
               from late in support
               select c.Concat(d).Concat(v).Concat(o).Append(late).Append(advance).ToArray();
    }

    private static GovernancePowers PowersOf(int bits)
    {
        var powers = GovernancePowers.None;
        foreach (var power in Enum.GetValues<GovernancePower>())
        {
            if ((bits & (1 << ((int)power - 1))) != 0)
            {
                powers = powers.With(power);
            }
        }

        return powers;
    }
}
