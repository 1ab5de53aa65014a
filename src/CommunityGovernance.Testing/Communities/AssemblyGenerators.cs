using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// Generators for the homeowners' assembly: floor areas, thresholds (the Civil Code's, stricter ones, looser ones to
/// be refused), ownership registers where the developer holds some units and some owners hold several, and whole
/// vote scenarios. Owners are named <c>owner-…</c> and the developer <c>DEV-GENERATED</c>, so a test can look for
/// them in a text. Every generator is pure FsCheck, so a fixed seed replays it.
/// </summary>
public static class AssemblyGenerators
{
    private static readonly Instant s_registered = Instant.FromUtc(2024, 6, 1, 0, 0);

    /// <summary>Floor areas of a unit: 20.00 to 300.00 square metres, to the hundredth.</summary>
    public static Gen<FloorArea> UnitArea { get; } = Gen.Choose(2_000, 30_000).Select(h => FloorArea.FromSquareMetres(h / 100m));

    /// <summary>Any of Civil Code Article 278's nine matters.</summary>
    public static Gen<AssemblyMatter> Matter { get; } = Gen.Elements(Enum.GetValues<AssemblyMatter>());

    /// <summary>For, against or abstain.</summary>
    public static Gen<BallotChoice> Choice { get; } = Gen.Elements(Enum.GetValues<BallotChoice>());

    /// <summary>Well-formed thresholds of any strength: "at least" or "more than" n/d, d up to 12.</summary>
    public static Gen<AssemblyThreshold> Threshold { get; } =
        from denominator in Gen.Choose(1, 12)
        from numerator in Gen.Choose(1, denominator)
        from moreThan in Gen.Elements(true, false)
        select moreThan && numerator < denominator ? AssemblyThreshold.MoreThanFraction(numerator, denominator) : AssemblyThreshold.AtLeast(numerator, denominator);

    /// <summary>The Civil Code's thresholds half the time, otherwise rules of procedure at least as strict in each threshold.</summary>
    public static Gen<ProcedureThresholds> LawfulThresholds { get; } =
        Gen.Frequency(
            (1, Gen.Constant(ProcedureThresholds.CivilCode)),
            (1, from participation in StricterThan(AssemblyThreshold.TwoThirds)
                from special in StricterThan(AssemblyThreshold.ThreeQuarters)
                from ordinary in StricterThan(AssemblyThreshold.MoreThanHalf)
                select new ProcedureThresholds(participation, special, ordinary)));

    /// <summary>Rules of procedure with at least one threshold looser than the Civil Code's: every vote refuses them.</summary>
    public static Gen<ProcedureThresholds> LooserThresholds { get; } =
        from lawful in LawfulThresholds
        from which in Gen.Choose(0, 2)
        from looser in Threshold.Where(t => !t.IsAtLeastAsStrictAs(Pick(ProcedureThresholds.CivilCode, which)))
        select which switch
        {
            0 => lawful with { Participation = looser },
            1 => lawful with { SpecialMajority = looser },
            _ => lawful with { OrdinaryMajority = looser },
        };

    /// <summary>
    /// Ownership registers of 1 to 30 units: about a quarter held by the developer, the rest delivered to a pool of
    /// owners smaller than the units (so some own several), some of them transferred on. Half the registers have units
    /// of one size, so that area ratios land exactly on a threshold as often as head counts do.
    /// </summary>
    public static Gen<OwnershipRegister> Register { get; } =
        from units in Gen.Choose(1, 30)
        from uniform in Gen.Elements(true, false)
        from areas in uniform ? UnitArea.Select(a => Enumerable.Repeat(a, units).ToArray()) : Gen.ArrayOf(UnitArea, units)
        from owners in Gen.Choose(1, Math.Max(1, units - 1))
        from holders in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(-1)), (3, Gen.Choose(0, owners - 1))), units)
        from transfers in Gen.ArrayOf(Gen.Choose(-owners, owners - 1), units)
        from names in Gen.ArrayOf(ActorGenerators.PersonNames, owners)
        select Build(areas, holders, transfers, names);

    /// <summary>Whole vote scenarios: a register, a matter, lawful thresholds and 0 to 40 ballots, some by outsiders, some changing.</summary>
    public static Gen<AssemblyScenario> Scenario { get; } =
        from register in Register
        from matter in Matter
        from thresholds in LawfulThresholds
        from ballots in BallotsFor(register)
        select new AssemblyScenario(register, matter, thresholds, ballots);

    /// <summary>0 to 40 ballots on a register's roll: mostly its owners (the developer too), some outsiders to be refused.</summary>
    /// <param name="register">The register.</param>
    /// <returns>The generator.</returns>
    public static Gen<Ballot[]> BallotsFor(OwnershipRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var voters = OwnerHeadcount.ElectorateOf(register).Select(e => e.Voter).ToArray();
        var voter = Gen.Frequency((8, Gen.Elements(voters)), (1, Gen.Constant(new ActorId("outsider-1"))));
        return Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(
            from owner in voter
            from choice in Choice
            select new Ballot(owner, choice),
            n));
    }

    private static Gen<AssemblyThreshold> StricterThan(AssemblyThreshold code) =>
        Gen.Frequency((1, Gen.Constant(code)), (3, Threshold.Where(t => t.IsAtLeastAsStrictAs(code))));

    private static AssemblyThreshold Pick(ProcedureThresholds thresholds, int which) =>
        which switch { 0 => thresholds.Participation, 1 => thresholds.SpecialMajority, _ => thresholds.OrdinaryMajority };

    private static OwnershipRegister Build(FloorArea[] areas, int[] holders, int[] transfers, PersonName[] names)
    {
        var register = OwnershipRegister.Open(
            new LivingCommunityId("GENERATED-COMPOUND"),
            AssemblyScenario.Developer,
            new FixedCommunityDirectory(s_registered).Establish(new LivingCommunityId("GENERATED-COMPOUND")).Register(AssemblyScenario.Developer),
            s_registered);
        var at = s_registered;
        for (var i = 0; i < areas.Length; i++)
        {
            at += Duration.FromMinutes(1);
            var unit = new ExclusiveUnitId($"U-{i + 1:D3}");
            register.RegisterUnit(unit, new BuildingId("B-" + (i / 10)), areas[i], at);
            if (holders[i] < 0)
            {
                continue; // The developer still holds it.
            }

            register.Deliver(unit, Owner(holders[i]), names[holders[i]], at);
            if (transfers[i] >= 0 && transfers[i] != holders[i])
            {
                register.Transfer(unit, Owner(transfers[i]), names[transfers[i]], at + Duration.FromDays(30));
            }
        }

        return register;
    }

    private static ActorId Owner(int n) => new($"owner-{n:D3}");
}
