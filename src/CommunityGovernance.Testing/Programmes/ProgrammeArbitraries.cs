using CommunityGovernance.Programmes;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing.Programmes;

/// <summary>FsCheck 3 arbitraries for programmes.</summary>
public static class ProgrammeArbitraries
{
    /// <summary>Programme templates.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProgrammeTemplate> Template() => Arb.From(ProgrammeGenerators.Template);

    /// <summary>Mandated items.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MandatedItem> Item() => Arb.From(ProgrammeGenerators.Item);

    /// <summary>Days from 2020 to 2030.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> Day() => Arb.From(ProgrammeGenerators.Day);
}
