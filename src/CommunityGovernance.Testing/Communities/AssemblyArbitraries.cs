using CommunityGovernance.Communities.Homeowners;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// FsCheck 3 arbitraries for the homeowners' assembly, for <c>[Property(Arbitrary = new[] { typeof(AssemblyArbitraries) })]</c>.
/// Thresholds are the Civil Code's or stricter; use <see cref="AssemblyGenerators.LooserThresholds"/> for ones a vote refuses.
/// </summary>
public static class AssemblyArbitraries
{
    /// <summary>Unit floor areas, 20.00 to 300.00 square metres.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<FloorArea> FloorArea() => Arb.From(AssemblyGenerators.UnitArea);

    /// <summary>Article 278's matters.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AssemblyMatter> AssemblyMatter() => Arb.From(AssemblyGenerators.Matter);

    /// <summary>Ballot choices.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BallotChoice> BallotChoice() => Arb.From(AssemblyGenerators.Choice);

    /// <summary>Well-formed thresholds of any strength.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AssemblyThreshold> AssemblyThreshold() => Arb.From(AssemblyGenerators.Threshold);

    /// <summary>The Civil Code's thresholds or stricter rules of procedure.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProcedureThresholds> ProcedureThresholds() => Arb.From(AssemblyGenerators.LawfulThresholds);

    /// <summary>Ownership registers with developer-held units and owners of several units.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<OwnershipRegister> OwnershipRegister() => Arb.From(AssemblyGenerators.Register);

    /// <summary>Whole vote scenarios.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AssemblyScenario> AssemblyScenario() => Arb.From(AssemblyGenerators.Scenario);
}
