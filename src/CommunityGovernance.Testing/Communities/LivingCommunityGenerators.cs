using CommunityGovernance.Communities.Living;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// Generators of living-community step sequences over small pools of compound, courtyard and building ids, so
/// that duplicates, unknown compounds and courtyards of another compound are common.
/// </summary>
public static class LivingCommunityGenerators
{
    private static readonly CompoundId[] s_compounds = [new("C1"), new("C2"), new("C3")];
    private static readonly CourtyardId[] s_courtyards = [new("Y1"), new("Y2"), new("Y3"), new("Y4")];
    private static readonly BuildingId[] s_buildings = [.. Enumerable.Range(1, 8).Select(i => new BuildingId($"B{i}"))];

    /// <summary>0 to 40 steps.</summary>
    public static Gen<LivingCommunityCommand[]> Commands { get; } = Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Command, n));

    /// <summary>One step over the pools.</summary>
    public static Gen<LivingCommunityCommand> Command { get; } = Gen.Frequency(
        (2, Gen.Elements(s_compounds).Select(c => (LivingCommunityCommand)new LivingCommunityCommand.AddCompound(c))),
        (2, from y in Gen.Elements(s_courtyards)
            from c in Gen.Elements(s_compounds)
            select (LivingCommunityCommand)new LivingCommunityCommand.AddCourtyard(y, c)),
        (5, from b in Gen.Elements(s_buildings)
            from c in Gen.Elements(s_compounds)
            from y in Gen.Elements(s_courtyards.Select(y => (CourtyardId?)y).Append(null).ToArray())
            select (LivingCommunityCommand)new LivingCommunityCommand.AddBuilding(b, c, y)));
}
