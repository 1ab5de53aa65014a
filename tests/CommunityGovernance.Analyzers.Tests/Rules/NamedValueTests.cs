using System.Collections.Immutable;
using CommunityGovernance.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Verify = CommunityGovernance.Analyzers.Tests.Verification.AnalyzerVerifier<CommunityGovernance.Analyzers.Tests.Verification.CrossingRules>;

namespace CommunityGovernance.Analyzers.Tests.Rules;

/// <summary>
/// The ways a value of the other side, or a member of the other side, reaches code without a name that carries the
/// other side (<c>NameSides.Carries</c>): a type of no side made from a collection of the other side, an indexer,
/// operator, enumerator, deconstructor or delegate of a type of no side, a type parameter's constraint, a member with a
/// side of its own, an assembly that does not know the boundaries. A shared name (<c>Count</c>) picked from such a
/// value must still be judged: these pin it for any shortcut that would pass over a member from its names alone (one
/// was tried for issue 24's cost and left out, see docs/benchmarks-analyzers.md).
/// </summary>
public sealed class NamedValueTests
{
    private const string Sides = """
        using System;
        using System.Collections.Generic;
        using CommunityGovernance.Boundaries;

        namespace Vendor.StreetOffice.Own
        {
            [AdministrativeSide]
            public sealed class Ledger
            {
                public int Count() => 0;
            }
        }

        namespace Vendor.Residents.Own
        {
            [LivingSide]
            public class Roster
            {
                public int Count() => 0;
            }
        }

        """;

    [Theory]
    [InlineData("int Run(Pile pile) { var first = pile[0]; return first.{|CGB001:Count|}(); }")]
    [InlineData("int Run(Pile pile) { var first = pile.Find(_ => true); return first!.{|CGB001:Count|}(); }")]
    [InlineData("int Run(Pile pile) { var first = pile.First(); return first.{|CGB001:Count|}(); }")]
    [InlineData("int Run() { var first = Piles.Make().First(); return first.{|CGB001:Count|}(); }")]
    public async Task A_value_held_through_a_type_that_derives_from_a_collection_of_the_other_side_is_still_judged(string member)
    {
        var source = Sides + $$"""
            namespace Vendor.Shared
            {
                public sealed class Pile : List<Vendor.Residents.Own.Roster> { }

                public static class Piles
                {
                    public static Pile Make() => new();
                }
            }

            namespace Vendor.StreetOffice.Work
            {
                using System.Linq;
                using Vendor.Shared;

                [AdministrativeSide]
                public sealed class Desk
                {
                    {{member}}
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_value_of_this_in_a_type_made_from_a_collection_of_the_other_side_is_still_judged()
    {
        var source = Sides + """
            namespace Vendor.StreetOffice.Work
            {
                using System.Linq;

                [AdministrativeSide]
                public sealed class Desk : List<Vendor.Residents.Own.{|CGB001:Roster|}>
                {
                    int Run() { var first = this.First(); return first.{|CGB001:Count|}(); }
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_value_handed_out_by_an_indexer_of_a_type_of_no_side_is_still_judged()
    {
        var source = Sides + """
            namespace Vendor.Shared
            {
                public sealed class Shelf
                {
                    public Vendor.Residents.Own.Roster this[int index] => new();
                }
            }

            namespace Vendor.StreetOffice.Work
            {
                using Vendor.Shared;

                [AdministrativeSide]
                public sealed class Desk
                {
                    int Run(Shelf shelf) { var first = shelf[0]; return first.{|CGB001:Count|}(); }
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Theory]
    [InlineData("public sealed record Pair(Vendor.Residents.Own.Roster First, int Size);", "int Run(Pair pair) { var (first, _) = pair; return first.{|CGB001:Count|}(); }")]
    [InlineData("public sealed record Pair(Vendor.Residents.Own.Roster First, int Size);", "int Run(object pair) => pair is Pair(var first, _) ? first.{|CGB001:Count|}() : 0;")]
    [InlineData("public sealed class Pair { public static Vendor.Residents.Own.Roster operator +(Pair a, Pair b) => new(); }", "int Run(Pair pair) { var first = pair + pair; return first.{|CGB001:Count|}(); }")]
    [InlineData("public sealed class Pair { public IEnumerator<Vendor.Residents.Own.Roster> GetEnumerator() { yield break; } }", "int Run(Pair pair) { foreach (var first in pair) { return first.{|CGB001:Count|}(); } return 0; }")]
    [InlineData("public delegate Vendor.Residents.Own.Roster Pair();", "int Run(Pair pair) { var first = pair(); return first.{|CGB001:Count|}(); }")]
    public async Task A_value_handed_out_without_a_name_by_a_type_of_no_side_is_still_judged(string declaration, string member)
    {
        var source = Sides + $$"""
            namespace Vendor.Shared
            {
                using System.Collections.Generic;

                {{declaration}}
            }

            namespace Vendor.StreetOffice.Work
            {
                using Vendor.Shared;

                [AdministrativeSide]
                public sealed class Desk
                {
                    {{member}}
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_value_of_a_type_parameter_constrained_to_the_other_side_is_still_judged()
    {
        var source = Sides + """
            namespace Vendor.StreetOffice.Work
            {
                [AdministrativeSide]
                public sealed class Box<T> where T : Vendor.Residents.Own.{|CGB001:Roster|}
                {
                    int Run(T item) => item.{|CGB001:Count|}();
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_member_with_its_own_side_in_a_type_of_no_side_is_still_judged()
    {
        var source = Sides + """
            namespace Vendor.Shared
            {
                public sealed class Counter
                {
                    [LivingSide] public int Count() => 0;
                }
            }

            namespace Vendor.StreetOffice.Work
            {
                using Vendor.Shared;

                [AdministrativeSide]
                public sealed class Desk
                {
                    int Run() { var counter = new Counter(); return counter.{|CGB001:Count|}(); }
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task A_value_handed_out_by_an_assembly_that_does_not_know_the_boundaries_is_still_judged()
    {
        // The living side in an assembly of its own, and a helper assembly that references it but not the attributes.
        var living = Emit("Vendor.Living", Sides, Boundary.AdditionalReferences);
        var helper = Emit(
            "Vendor.Helpers",
            "namespace Vendor.Shared { public static class Finder { public static Vendor.Residents.Own.Roster Locate() => new(); } }",
            [.. Boundary.AdditionalReferences.Where(r => r.Display?.Contains("CommunityGovernance.Domain", StringComparison.Ordinal) != true), living]);
        var test = Verify.Create(
            """
            namespace Vendor.StreetOffice.Work
            {
                using CommunityGovernance.Boundaries;
                using Vendor.Shared;

                [AdministrativeSide]
                public sealed class Desk
                {
                    int Run() { var roster = Finder.Locate(); return roster.{|CGB001:Count|}(); }
                }
            }
            """,
            editorConfig: null);
        test.TestState.AdditionalReferences.Add(living);
        test.TestState.AdditionalReferences.Add(helper);
        await test.RunAsync();
    }

    private static MetadataReference Emit(string name, string source, ImmutableArray<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
