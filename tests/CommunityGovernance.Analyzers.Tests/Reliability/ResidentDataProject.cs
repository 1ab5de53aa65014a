using System.Collections.Immutable;
using System.Globalization;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>One resident's personal data, as text: a name, a mobile number and an identity number.</summary>
public sealed record ResidentData(string Name, string Phone, string IdentityNumber)
{
    public IEnumerable<string> Data => [Name, Phone, IdentityNumber];
}

/// <summary>
/// A vendor project with residents' personal data written into its source wherever a vendor might put it: string
/// literals, constants, field and property initialisers, interpolations, attribute arguments (the reason of a
/// sanctioned crossing, <c>[Obsolete]</c>), switch patterns, comments, and identifiers that are valid C#
/// (parameters, locals, the enclosing methods, a namespace segment). Around the data, code that breaks every rule
/// that reads source (CGB001, CGB002, CGB003, CGB005, CGB006), so the analyzers have plenty to say.
/// </summary>
/// <remarks>
/// A diagnostic names the symbol it is about (the crossed member, the conflicting or unexplained type), so data are
/// not used as the names of those symbols: a vendor who names a type after a resident has put the datum into the
/// code itself, and the diagnostic cannot point at that code without naming it.
/// </remarks>
internal static class ResidentDataProject
{
    public static SourceSet Create(IReadOnlyList<ResidentData> residents) =>
        new([.. residents.Select((r, i) => new SourceFile($"/project/Residents/Resident{i}.cs", Source(i.ToString(CultureInfo.InvariantCulture), r)))], EditorConfig: null);

    // Digits alone are no identifier; an underscore in front makes one that still holds the datum's text.
    private static string Identifier(string datum) => char.IsLetter(datum[0]) ? datum : "_" + datum;

    private static string Source(string n, ResidentData r)
    {
        var name = Identifier(r.Name);
        var phone = Identifier(r.Phone);
        var identity = Identifier(r.IdentityNumber);
        return $$"""
            using System;
            using System.Collections.Generic;
            using CommunityGovernance.Boundaries;
            using CommunityGovernance.Communities;

            namespace Vendor.Estate{{n}}
            {
                // Registered by {{r.Name}} ({{r.Phone}}, {{r.IdentityNumber}}).
                [LivingSide]
                public sealed class Household{{n}}
                {
                    public const string Registrant = "{{r.Name}}";
                    [PersonalData] public string Head { get; set; } = "{{r.Name}}";
                    [PersonalData] public string? Phone = "{{r.Phone}}";
                    [PersonalData] public string IdentityNumber { get; init; } = "{{r.IdentityNumber}}";
                    public int Size { get; set; }
                    public Dictionary<string, string> Notes { get; } = new() { ["{{r.Phone}}"] = "{{r.Name}}" };
                    public static Household{{n}} Of(string head) => new() { Head = head, Phone = "{{r.Phone}}" };
                }
            }

            namespace Vendor.Office{{n}}.{{name}}
            {
                using Vendor.Estate{{n}};

                [AdministrativeSide]
                public sealed class Inspection{{n}}
                {
                    private readonly Dictionary<string, int> _visits = new() { ["{{r.IdentityNumber}}"] = 1 };

                    public string Call{{identity}}(Household{{n}} {{name}}) => {{name}}.Phone ?? {{name}}.Head + "{{r.Phone}}";

                    public string Verify(Household{{n}} household)
                    {
                        var {{phone}} = household.IdentityNumber;
                        return {{phone}} == "{{r.IdentityNumber}}" ? $"{{r.Name}} {{{phone}}}" : Household{{n}}.Registrant;
                    }

                    [Obsolete("Use Verify for {{r.Name}} ({{r.Phone}})")]
                    public int Count{{phone}}(Household{{n}} household)
                    {
                        var {{identity}} = Household{{n}}.Of("{{r.Name}}");
                        {{identity}}.Size = household.Size + Household{{n}}.Registrant.Length;
                        return {{identity}}.Size;
                    }

                    public int Kind(string text) => text switch
                    {
                        "{{r.Name}}" => 1,
                        "{{r.IdentityNumber}}" => 2,
                        _ => 0,
                    };

                    public bool Same(AdministrativeCommunityId {{name}}, LivingCommunityId {{phone}}) => {{name}}.Equals({{phone}});

                    public int Visited(LivingCommunityId living) => _visits[living.Value] + _visits["{{r.IdentityNumber}}"];
                }

                [SanctionedCrossing("Visits that {{r.Name}} ({{r.Phone}}, {{r.IdentityNumber}}) asked for in writing.")]
                public static class Visit{{n}}
                {
                    public static string Read(Household{{n}} household) => household.Head;
                }

                [SanctionedCrossing("")]
                public static class Unexplained{{n}}
                {
                    public static int Size(Household{{n}} {{name}}) => {{name}}.Size;
                }

                [AdministrativeSide]
                [LivingSide]
                public sealed class Confused{{n}}
                {
                    public string Note { get; } = "{{r.Name}} {{r.Phone}} {{r.IdentityNumber}}";
                }
            }
            """;
    }

    /// <summary>The rules the project breaks in every file.</summary>
    public static readonly ImmutableArray<string> Rules = ["CGB001", "CGB002", "CGB003", "CGB005", "CGB006"];
}
