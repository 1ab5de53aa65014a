using CommunityGovernance.Analyzers.CodeFixes;
using CommunityGovernance.Analyzers.Rules;
using CommunityGovernance.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CommunityGovernance.Analyzers.Tests.CodeFixes;

public sealed class SanctionedCrossingCodeFixTests
{
    private static async Task VerifyFixAsync(string source, string fixedSource, int iterations = 1)
    {
        var test = new CSharpCodeFixTest<BoundaryAnalyzer, SanctionedCrossingCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = Boundary.References,
            NumberOfIncrementalIterations = iterations,
            NumberOfFixAllIterations = 1,
        };

        // The fix leaves the reason for the author to give, which CGB006 then asks for: only the crossing is compared.
        test.DisabledDiagnostics.AddRange(RulesUnderTest.All.Except(CrossingRules.Ids));
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(Boundary.AdditionalReferences);
            state.Sources.Add(("/0/Vendor.cs", Boundary.Vendor));
        }

        var (expanded, expected) = GroupedMarkup.Expand(source);
        test.TestState.Sources.Add(("/0/Test.cs", expanded));
        test.ExpectedDiagnostics.AddRange(expected);
        test.FixedState.Sources.Add(("/0/Test.cs", fixedSource));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_crossing_method_is_marked_and_the_import_added()
    {
        await VerifyFixAsync(
            """
            using Vendor.Residents;

            [CommunityGovernance.Boundaries.AdministrativeSide]
            public sealed class StreetOfficeWork
            {
                /// <summary>Counts the compound's residents.</summary>
                public int Count() => {|^g10:ResidentRegistry|}.{|CGB001^g10:CountOf|}(default);
            }
            """,
            """
            using Vendor.Residents;
            using CommunityGovernance.Boundaries;

            [CommunityGovernance.Boundaries.AdministrativeSide]
            public sealed class StreetOfficeWork
            {
                /// <summary>Counts the compound's residents.</summary>
                [SanctionedCrossing("")]
                public int Count() => ResidentRegistry.CountOf(default);
            }
            """);
    }

    [Fact]
    public async Task Fix_all_marks_each_crossing_member_once_including_lambdas_and_local_functions()
    {
        await VerifyFixAsync(
            """
            using System;
            using CommunityGovernance.Boundaries;
            using Vendor.Residents;

            [AdministrativeSide]
            public sealed class StreetOfficeWork
            {
                public object Make() => new {|CGB001:Resident|}("x");

                public int Floors()
                {
                    Func<int> count = () => {|^g11:Resident|}.{|CGB001^g11:MaxFloors|};
                    int Local() => {|^g12:ResidentRegistry|}.{|CGB001^g12:CountOf|}(default);
                    return count() + Local();
                }

                [Obsolete("Use Floors.")]
                public {|CGB001:Resident|}? Last { get; set; }

                public int Unrelated() => 3;
            }
            """,
            """
            using System;
            using CommunityGovernance.Boundaries;
            using Vendor.Residents;

            [AdministrativeSide]
            public sealed class StreetOfficeWork
            {
                [SanctionedCrossing("")]
                public object Make() => new Resident("x");

                [SanctionedCrossing("")]
                public int Floors()
                {
                    Func<int> count = () => Resident.MaxFloors;
                    int Local() => ResidentRegistry.CountOf(default);
                    return count() + Local();
                }

                [SanctionedCrossing("")]
                [Obsolete("Use Floors.")]
                public Resident? Last { get; set; }

                public int Unrelated() => 3;
            }
            """,
            iterations: 3);
    }

    [Fact]
    public async Task A_crossing_in_a_type_declaration_marks_the_type()
    {
        await VerifyFixAsync(
            """
            using CommunityGovernance.Boundaries;
            using Vendor.Residents;

            [AdministrativeSide]
            [{|CGB001:LivingNote|}]
            public sealed class StreetOfficeWork
            {
                public int Nothing() => 0;
            }
            """,
            """
            using CommunityGovernance.Boundaries;
            using Vendor.Residents;

            [SanctionedCrossing("")]
            [AdministrativeSide]
            [LivingNote]
            public sealed class StreetOfficeWork
            {
                public int Nothing() => 0;
            }
            """);
    }
}
