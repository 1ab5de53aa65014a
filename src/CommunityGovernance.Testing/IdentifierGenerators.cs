using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing;

/// <summary>
/// The one home of vendor identifier texts, from which every string id of the library (actor, living community,
/// building, compound, courtyard, crossing, programme item ids…) is generated. It depends on no other generator, so
/// that any area's generators can draw from it.
/// </summary>
public static class IdentifierGenerators
{
    private const string Characters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:";

    /// <summary>Vendor identifier texts: 1 to 64 letters, digits, '-', '_', '.' or ':', the whole of the ids' grammar in ASCII.</summary>
    public static Gen<string> Text { get; } =
        from length in Gen.Choose(1, 64)
        from characters in Gen.ArrayOf(Gen.Elements(Characters.ToCharArray()), length)
        select new string(characters);
}
