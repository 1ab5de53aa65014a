using Verify = CommunityGovernance.Analyzers.Tests.Verification.AnalyzerVerifier<CommunityGovernance.Analyzers.Tests.Verification.CrossingRules>;

namespace CommunityGovernance.Analyzers.Tests.Rules;

/// <summary>
/// Names both sides bear (<c>Count</c>, <c>Label</c>, <c>ToString</c>) are settled from the receiver's type without
/// binding the statement when no member of that name in the type's hierarchy is on the other side. These are the
/// edges that shortcut must still catch: the receiver's type, its base type, an override, an extension member, a
/// shadowing lambda or local-function parameter, and every shape of receiver it reads.
/// </summary>
public sealed class SharedNameTests
{
    private const string Sides = """
        using System;
        using CommunityGovernance.Boundaries;

        namespace Vendor.StreetOffice.Own
        {
            [AdministrativeSide]
            public sealed class Ledger
            {
                public int Count() => 0;
                public string Label => "ledger";
                public static int Total() => 0;
                public override string ToString() => "ledger";
            }
        }

        namespace Vendor.Residents.Own
        {
            [LivingSide]
            public class Roster
            {
                public int Count() => 0;
                public string Label => "roster";
                public static int Total() => 0;
                public override string ToString() => "roster";
            }

            [LivingSide]
            public static class RosterExtensions
            {
                public static int Tally(this object anything) => 0;
            }
        }

        namespace Vendor.StreetOffice.Own
        {
            public sealed class Tallies
            {
                public int Tally() => 0;
            }
        }

        """;

    [Theory]
    [InlineData("int Run({|CGB001:Roster|} roster) => roster.{|CGB001:Count|}();")]
    [InlineData("string Run({|CGB001:Roster|} roster) => roster.{|CGB001:Label|};")]
    [InlineData("string Run({|CGB001:Roster|} roster) => roster.{|CGB001:ToString|}();")]
    [InlineData("int Run(Register register) => register.{|CGB001:Count|}();")]
    [InlineData("int Run(object anything) => anything.{|CGB001:Tally|}();")]
    [InlineData("int Run(Ledger ledger) => ledger.{|CGB001:Tally|}();")]
    [InlineData("private readonly {|CGB001:Roster|} _roster = null!; int Run() => _roster.{|CGB001:Count|}();")]
    [InlineData("{|CGB001:Roster|} Kept { get; } = null!; int Run() => Kept.{|CGB001:Count|}();")]
    [InlineData("int Run() { {|CGB001:Roster|} roster = null!; return roster.{|CGB001:Count|}(); }")]
    [InlineData("int Run() { var roster = new {|CGB001:Roster|}(); return roster.{|CGB001:Count|}(); }")]
    [InlineData("int Run() => {|^g8:Roster|}.{|CGB001^g8:Total|}();")]
    [InlineData("int Run() => new {|CGB001^a:Roster|}().{|^a:Count|}();")]
    [InlineData("int Run(object o) => o is {|^a:Roster|} r && r.{|CGB001^a:Count|}() > 0 ? 1 : 0;")]
    [InlineData("int Run(Ledger roster) { Func<{|^a:Roster|}, int> count = roster => roster.{|CGB001^a:Count|}(); return count(null!); }")]
    [InlineData("int Run(Ledger roster) { return Local(null!); static int Local({|CGB001:Roster|} roster) => roster.{|CGB001:Count|}(); }")]
    [InlineData("int Run(Ledger ledger) { var query = from roster in new {|^a:Roster|}[0] select roster.{|CGB001^a:Count|}(); return ledger.Count(); }")]
    public async Task A_shared_name_picked_from_the_other_side_is_still_flagged(string member)
    {
        var source = Sides + $$"""
            namespace Vendor.StreetOffice.Work
            {
                using System.Linq;
                using Vendor.Residents.Own;
                using Vendor.StreetOffice.Own;

                [AdministrativeSide]
                public sealed class Register : {|CGB001:Roster|}
                {
                }

                [AdministrativeSide]
                public sealed class Desk
                {
                    {{member}}
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Theory]
    [InlineData("int Run(Ledger ledger) => ledger.Count() + Ledger.Total() + new Ledger().Count();")]
    [InlineData("string Run(Ledger ledger) => ledger.Label + ledger.ToString();")]
    [InlineData("private readonly Ledger _ledger = new(); int Run() => _ledger.Count();")]
    [InlineData("int Run() { var ledger = new Ledger(); return ledger.Count() + new Tallies().Tally(); }")]
    [InlineData("string Run(AdministrativeCommunityId community, LivingCommunityId compound) => community.ToString() + compound.Value;")]
    public async Task A_shared_name_picked_from_the_own_side_is_not_flagged(string member)
    {
        var source = Sides + $$"""
            namespace Vendor.StreetOffice.Work
            {
                using CommunityGovernance.Communities;
                using Vendor.StreetOffice.Own;

                [AdministrativeSide]
                public sealed class Desk
                {
                    {{member}}
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    // Once the model has bound a member for another check (here the other side's type named before), a receiver there
    // is read from that binding: the lambda's parameter still shadows the method's, and the own side still passes.
    [Theory]
    [InlineData("int Run() { var roster = new {|CGB001:Roster|}(); var ledger = new Ledger(); return ledger.Count() + roster.{|CGB001:Count|}(); }")]
    [InlineData("int Run({|CGB001:Roster|} roster) { Func<Ledger, int> count = roster => roster.Count(); return count(new Ledger()); }")]
    [InlineData("int Run(Ledger roster) { _ = new {|CGB001:Roster|}(); Func<{|^a:Roster|}, int> count = roster => roster.{|CGB001^a:Count|}(); return count(null!); }")]
    [InlineData("int Run() { _ = new {|CGB001:Roster|}(); return new Ledger().Count() + Ledger.Total() + {|^a:Roster|}.{|CGB001^a:Total|}(); }")]
    [InlineData("private readonly Ledger _ledger = new(); int Run() { _ = new {|CGB001:Roster|}(); return _ledger.Count() + new {|CGB001^a:Roster|}().{|^a:Count|}(); }")]
    public async Task A_shared_name_in_a_member_bound_already_is_judged_from_that_binding(string member)
    {
        var source = Sides + $$"""
            namespace Vendor.StreetOffice.Work
            {
                using Vendor.Residents.Own;
                using Vendor.StreetOffice.Own;

                [AdministrativeSide]
                public sealed class Desk
                {
                    {{member}}
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
