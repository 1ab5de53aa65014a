using Verify = CommunityGovernance.Analyzers.Tests.Verification.AnalyzerVerifier<CommunityGovernance.Analyzers.Tests.Verification.CrossingRules>;

namespace CommunityGovernance.Analyzers.Tests.Rules;

/// <summary>
/// CGB001 for crossings reached without a simple name that bears the other side's symbol: operators, conversions,
/// indexers, foreach, query clauses, with, deconstruction, patterns, collection expressions and initializers,
/// await and the Dispose of a using. The administrative code gets its living objects from a sanctioned handover
/// (declared with var), so that only the construct itself can cross; each form has a clean look-alike.
/// </summary>
public sealed class NamelessCrossingTests
{
    private const string Living = """
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Runtime.CompilerServices;
        using System.Threading.Tasks;
        using CommunityGovernance.Boundaries;

        namespace Vendor.Compound
        {
            [LivingSide]
            public sealed class Points
            {
                public int Value;
                public static Points operator +(Points a, Points b) => a;
                public static Points operator -(Points a) => a;
                public static Points operator ++(Points a) => a;
                public static bool operator <(Points a, Points b) => true;
                public static bool operator >(Points a, Points b) => false;
                public static implicit operator int(Points p) => p.Value;
                public static explicit operator Points(int value) => new Points();
            }

            [LivingSide]
            public sealed class Roster : IEnumerable<string>
            {
                public string this[int index] => "";
                public int Count => 0;
                public void Add(string name) { }
                public IEnumerator<string> GetEnumerator() { yield break; }
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                public Roster Where(Func<string, bool> keep) => this;
                public Roster Select(Func<string, string> map) => this;
            }

            [LivingSide]
            public sealed class Ballot : IEnumerable<int>
            {
                public void Add(int vote) { }
                public IEnumerator<int> GetEnumerator() { yield break; }
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }

            [LivingSide]
            public sealed record Plot(string Owner, int Area);

            [LivingSide]
            public sealed class Pair
            {
                public void Deconstruct(out int first, out int second) { first = 1; second = 2; }
            }

            [LivingSide]
            public sealed class Meeting
            {
                public TaskAwaiter<int> GetAwaiter() => Task.FromResult(1).GetAwaiter();
            }

            [LivingSide]
            public sealed class Lease : IDisposable
            {
                public void Dispose() { }
            }

            [LivingSide]
            public static class CompoundLists
            {
                public static void Add(this Stack<object> stack, Pair pair) => stack.Push(pair);
                public static IEnumerable<Plot> Where(this List<Plot> plots, Func<Plot, bool> keep) => plots;
            }

            [LivingSide]
            public sealed class Journal : System.IO.MemoryStream
            {
            }

            [SanctionedCrossing("The compound hands its objects to the office only through this handover.")]
            public static class Handover
            {
                public static Points Points() => new Points();
                public static Roster Roster() => new Roster();
                public static Plot Plot() => new Plot("a", 1);
                public static Pair Pair() => new Pair();
                public static Meeting Meeting() => new Meeting();
                public static Lease Lease() => new Lease();
                public static Journal Journal() => new Journal();
                public static List<Plot> Plots() => new List<Plot>();
                public static Plot[] PlotArray() => new Plot[0];
                public static Task<Plot> PlotAsync() => Task.FromResult(new Plot("a", 1));
            }
        }

        namespace Vendor.Office
        {
            [AdministrativeSide]
            public sealed class Score
            {
                public int Value;
                public static Score operator +(Score a, Score b) => a;
                public static implicit operator int(Score s) => s.Value;
                public int this[int index] => index;
                public void Deconstruct(out int first, out int second) { first = 1; second = 2; }
            }
        }
        """;

    private static string Office(string statements) => Living + $$"""

        namespace Vendor.Office
        {
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using CommunityGovernance.Boundaries;
            using Vendor.Compound;

            [AdministrativeSide]
            public sealed class Desk
            {
                public async Task<object> Run(Score score, object boxed, int number)
                {
                    {{statements}}
                    await Task.Yield();
                    return boxed;
                }

                private static void Take(int value) { }
            }
        }
        """;

    [Theory]
    [InlineData("var p = Handover.Points(); var sum = p {|CGB001:+|} p;")]
    [InlineData("var p = Handover.Points(); var negated = {|CGB001:-|}p;")]
    [InlineData("var p = Handover.Points(); p{|CGB001:++|};")]
    [InlineData("var p = Handover.Points(); var q = Handover.Points(); if (p {|CGB001:<|} q) { }")]
    [InlineData("var p = Handover.Points(); p {|CGB001:+=|} p;")]
    [InlineData("var p = Handover.Points(); int n = {|CGB001:p|};")]
    [InlineData("var p = Handover.Points(); Take({|CGB001:p|});")]
    [InlineData("var p = Handover.Points(); var n = {|CGB001:(int)|}p;")]
    [InlineData("var r = Handover.Roster(); var first = r{|CGB001:[0]|};")]
    [InlineData("var r = Handover.Roster(); var first = r?{|CGB001:[0]|};")]
    [InlineData("var r = Handover.Roster(); {|CGB001:foreach|} (var name in r) { }")]
    [InlineData("var r = Handover.Roster(); var q = {|CGB001:from|} name in r where name.Length > 0 select name;")]
    [InlineData("var plot = Handover.Plot(); var moved = plot {|CGB001:with|} { };")]
    [InlineData("var pair = Handover.Pair(); {|CGB001:var (a, b)|} = pair;")]
    [InlineData("var pair = Handover.Pair(); int a, b; {|CGB001:(a, b)|} = pair;")]
    [InlineData("var pair = Handover.Pair(); if (pair is {|CGB001:(1, var second)|}) { }")]
    [InlineData("var r = Handover.Roster(); if (r is {|CGB001:[var first, ..]|}) { }")]
    [InlineData("var stack = new Stack<object> { {|CGB001:Handover.Pair()|} };")]
    [InlineData("var plots = Handover.Plots(); var q = from plot in plots {|CGB001:where|} plot != null select plot;")]
    [InlineData("var meeting = Handover.Meeting(); var held = {|CGB001:await|} meeting;")]
    [InlineData("{|CGB001:using|} var lease = Handover.Lease();")]
    [InlineData("{|CGB001:using|} (var lease = Handover.Lease()) { }")]
    [InlineData("var lease = Handover.Lease(); {|CGB001:using|} (lease) { }")]
    [InlineData("var r = Handover.Roster(); var q = from x in new[] { \"a\" } {|CGB001:join|} y in r on x equals y select x;")]
    [InlineData("var r = Handover.Roster(); List<string> names = [{|CGB001:.. r|}];")]
    [InlineData("{|CGB001:using|} var journal = Handover.Journal();")]
    [InlineData("foreach ({|CGB001:var (a, b)|} in new[] { Handover.Pair() }) { }")]
    public async Task A_member_of_the_other_side_reached_without_its_name_is_a_crossing(string statements)
    {
        await Verify.VerifyAsync(Office(statements));
    }

    [Theory]
    [InlineData("var s = score + score; int n = score; var i = score[0]; var (a, b) = score;")]
    [InlineData("var sum = number + 1; var list = new List<int> { 1, 2 }; foreach (var x in list) { } var first = list[0];")]
    [InlineData("var plots = Handover.Plots(); foreach (var plot in plots) { } var count = plots.Count;")]
    [InlineData("var plots = Handover.PlotArray(); foreach (var plot in plots) { } var q = from plot in plots where plot != null select plot;")]
    [InlineData("var plot = await Handover.PlotAsync(); var same = plot == Handover.Plot();")]
    [InlineData("using var stream = new System.IO.MemoryStream(); var t = (number, number); var (x, y) = t;")]
    [InlineData("int[] numbers = [1, 2]; if (numbers is [var first, ..]) { } var made = new List<object> { 1 };")]
    [InlineData("var plots = Handover.Plots(); var copy = new List<object>([.. plots]); var q = from a in plots join b in plots on a equals b select a;")]
    public async Task The_same_constructs_on_the_own_side_or_on_handed_over_values_are_fine(string statements)
    {
        await Verify.VerifyAsync(Office(statements));
    }

    [Fact]
    public async Task A_private_field_that_holds_the_other_sides_values_opens_its_own_types_members_to_the_check()
    {
        // The only name in Sum that hands out a living value is a private field: it can be named only inside Ledger,
        // so it counts for Ledger's members and for no other type's.
        await Verify.VerifyAsync(Living + """

            namespace Vendor.Office
            {
                using System.Collections.Generic;

                [CommunityGovernance.Boundaries.AdministrativeSide]
                public sealed class Ledger
                {
                    private readonly List<Vendor.Compound.{|CGB001:Points|}> _points = new();

                    public object Sum() => _points[0] {|CGB001:+|} _points[1];
                }
            }
            """);
    }

    [Fact]
    public async Task A_collection_expression_of_the_other_sides_collection_type_is_a_crossing()
    {
        await Verify.VerifyAsync(Living + """

            namespace Vendor.Office
            {
                [CommunityGovernance.Boundaries.AdministrativeSide]
                public sealed class Tally
                {
                    public void Count() => Keep({|CGB001:[|}1, 2]);
                    public void Fine() => KeepNumbers([1, 2]);
                    private static void Keep(Vendor.Compound.{|CGB001:Ballot|} ballot) { }
                    private static void KeepNumbers(System.Collections.Generic.List<int> numbers) { }
                }
            }
            """);
    }
}
