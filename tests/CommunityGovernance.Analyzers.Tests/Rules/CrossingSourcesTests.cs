using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Analyzers.Tests.Verification;
using Verify = CommunityGovernance.Analyzers.Tests.Verification.AnalyzerVerifier<CommunityGovernance.Analyzers.Tests.Verification.CrossingRules>;

namespace CommunityGovernance.Analyzers.Tests.Rules;

/// <summary>
/// Where a crossing's names come from (aliases, global usings), where a side comes from (derivation, assembly,
/// patterns) and what is not a crossing although it looks like one (a sanctioned static member reached through the
/// other side's type, a recorded access by method group or through a local).
/// </summary>
public sealed class CrossingSourcesTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using CommunityGovernance.Boundaries;
        using CommunityGovernance.Communities;
        using Vendor.Residents;
        using Vendor.Crossings;

        """;

    [Theory]
    [InlineData("using Roll = System.Collections.Generic.List<Vendor.Residents.Resident>;", "public int Count(Roll roll) => roll.Count;", "Roll")]
    [InlineData("using Pairing = (Vendor.Residents.Resident Who, int Floor);", "public int Floor(Pairing pair) => pair.Floor;", "Pairing")]
    [InlineData("using Lookup = System.Collections.Generic.Dictionary<string, Vendor.Residents.Household[]>;", "public int Count(Lookup lookup) => lookup.Count;", "Lookup")]
    public async Task An_alias_of_a_generic_or_tuple_type_that_holds_the_other_sides_type_is_a_crossing(string alias, string member, string name)
    {
        var source = alias + "\n" + Usings + $$"""
            [AdministrativeSide]
            public sealed class Office
            {
                {{member.Replace("(" + name + " ", "({|CGB001:" + name + "|} ", StringComparison.Ordinal)}}
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task An_alias_of_framework_types_only_is_fine()
    {
        var source = "using Roll = System.Collections.Generic.List<(string Name, int Floor)>;\n" + Usings + """
            [AdministrativeSide]
            public sealed class Office
            {
                public int Count(Roll roll) => roll.Count;
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task An_attribute_alias_used_without_its_suffix_and_global_and_nested_aliases_are_followed()
    {
        var (source, expected) = GroupedMarkup.Expand("using NoteAttribute = Vendor.Residents.LivingNoteAttribute;\n" + Usings + """
            namespace Vendor.Office
            {
                using Dweller = Vendor.Residents.Resident;

                [AdministrativeSide]
                [{|CGB001:Note|}]
                public sealed class Office
                {
                    public object Make() => new {|CGB001:Dweller|}("x");
                    public object Find() => {|^a:Registry|}.{|CGB001^a:Find|}("x");
                }
            }
            """);
        var test = Verify.Create(source, editorConfig: null);
        test.TestState.Sources.Add(("/0/Global.cs", "global using Registry = Vendor.Residents.ResidentRegistry;"));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_type_in_an_administrative_namespace_deriving_from_a_living_type_stays_administrative_and_its_derivation_is_reported()
    {
        var source = Usings + """
            namespace Vendor.StreetOffice.Desks
            {
                [LivingSide]
                public class Dwelling { public int Rooms; }

                public sealed class Inspection : {|#0:Dwelling|}
                {
                    public int Score() => Helper.Twice(2);

                    public int Size() => Rooms + this.Rooms;
                }

                public static class Helper
                {
                    public static int Twice(int x) => 2 * x;
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            "community_governance.administrative_namespaces = Vendor.StreetOffice.*",
            Verify.Diagnostic(BoundaryRules.BoundaryCrossedId).WithLocation(0).WithArguments(
                "administrative", "Dwelling", "living", "derives from", ".editorconfig pattern 'Vendor.StreetOffice.*'", "[LivingSide] on Dwelling"));
    }

    [Fact]
    public async Task A_type_without_a_side_of_its_own_still_inherits_its_base_types_side_and_the_message_says_so()
    {
        var source = Usings + """
            [LivingSide]
            public class Dwelling { public int Rooms; }

            public sealed class Flat : Dwelling { }

            [AdministrativeSide]
            public sealed class Office
            {
                public object Make() => new {|#0:Flat|}();
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(BoundaryRules.BoundaryCrossedId).WithLocation(0).WithArguments(
                "administrative", "Flat", "living", "uses", "[AdministrativeSide] on Office", "[LivingSide] inherited from Dwelling"));
    }

    [Fact]
    public async Task A_static_sanctioned_member_of_the_other_sides_type_is_reached_without_a_diagnostic()
    {
        var source = Usings + """
            namespace Vendor.Residents
            {
                [LivingSide]
                public static class Census
                {
                    [SanctionedCrossing("Published to the street office every quarter.")]
                    public static int Households() => 0;

                    [SanctionedCrossing("Published to the street office every quarter.")]
                    public const int Year = 2026;

                    public static int Private() => 0;
                }
            }

            [AdministrativeSide]
            public sealed class Office
            {
                public int Read() => Census.Households() + Vendor.Residents.Census.Year;
                public int Leak() => {|^a:Census|}.{|CGB001^a:Private|}();
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_recorded_access_by_method_group_or_through_a_local_is_as_legitimate_as_an_inline_lambda()
    {
        var source = Usings + """
            [AdministrativeSide]
            public sealed class Office
            {
                private {|CGB001:Resident|} _resident = null!;

                public string ByMethodGroup() => PersonalInformationAccess.Read("PIPL art. 13(3)", ReadPhone);

                public string ByLocal()
                {
                    Func<string> read = () => _resident.Name;
                    return PersonalInformationAccess.Read("PIPL art. 13(1)", read);
                }

                public string ByLocalFunction()
                {
                    return PersonalInformationAccess.Read("PIPL art. 13(1)", Local);
                    string Local() => _resident.Name;
                }

                public string Leaked()
                {
                    Func<string> read = () => _resident.{|CGB003:Name|};
                    var direct = read();
                    return PersonalInformationAccess.Read("PIPL art. 13(1)", read) + direct;
                }

                public string DirectCall() => ReadName();

                private string ReadPhone() => _resident.Phone ?? string.Empty;

                private string ReadName() => _resident.{|CGB003:Name|};
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Writes_of_personal_data_through_out_ref_or_deconstruction_are_crossings_that_say_they_write()
    {
        var source = Usings + """
            [AdministrativeSide]
            public sealed class Office
            {
                private {|CGB001:Resident|} _resident = null!;

                public void Out() => Fill(out _resident.{|#0:Phone|});

                public void Ref() => Swap(ref _resident.{|#1:Phone|});

                public void Deconstruct() => (_resident.{|#2:Name|}, _resident.{|#3:Phone|}) = ("a", "b");

                public string? Read() => _resident.{|CGB003:Phone|};

                private static void Fill(out string? value) => value = null;

                private static void Swap(ref string? value) => value = null;
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic(BoundaryRules.BoundaryCrossedId).WithLocation(0).WithArguments("administrative", "Resident.Phone", "living", "writes", "[AdministrativeSide] on Office", "[LivingSide] on Resident"),
            Verify.Diagnostic(BoundaryRules.BoundaryCrossedId).WithLocation(1).WithArguments("administrative", "Resident.Phone", "living", "writes", "[AdministrativeSide] on Office", "[LivingSide] on Resident"),
            Verify.Diagnostic(BoundaryRules.BoundaryCrossedId).WithLocation(2).WithLocation(3).WithArguments("administrative", "Resident.Name", "living", "writes", "[AdministrativeSide] on Office", "[LivingSide] on Resident"));
    }

    [Fact]
    public async Task Deconstructing_a_living_record_with_personal_data_reads_it()
    {
        var source = Usings + """
            [AdministrativeSide]
            public sealed class Office
            {
                public string Head(object o) => o is {|^a:Household|} {|CGB003^a:(var head, _)|} ? head : "";

                public int Size(Func<object> get) => get() is Assessment { Score: var s } ? s : 0;
            }

            [AdministrativeSide]
            public sealed class Assessment { public int Score { get; set; } }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task One_crossing_on_a_line_is_one_diagnostic_with_the_other_uses_as_additional_locations()
    {
        var source = Usings + """
            [AdministrativeSide]
            public sealed class Office
            {
                public bool Same() => {|^a:ResidentRegistry|}.{|CGB001^a:Find|}("a").{|^a:Floor|} == {|^a:ResidentRegistry|}.{|^a:Find|}("b").{|^a:Floor|};

                public string Phone() => {|^c:ResidentRegistry|}.{|^c:Find|}("a").{|CGB003^c:Phone|} ?? "";

                public object Make() =>
                    new {|CGB001:Resident|}("x")
                    {
                        {|CGB001^b:Floor|} = {|^b:Resident|}.{|^b:MaxFloors|},
                    };
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
