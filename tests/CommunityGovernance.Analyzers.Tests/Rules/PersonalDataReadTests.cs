using Verify = CommunityGovernance.Analyzers.Tests.Verification.AnalyzerVerifier<CommunityGovernance.Analyzers.Tests.Verification.CrossingRules>;

namespace CommunityGovernance.Analyzers.Tests.Rules;

public sealed class PersonalDataReadTests
{
    private const string Usings = """
        using System;
        using CommunityGovernance.Boundaries;
        using CommunityGovernance.Communities;
        using Vendor.Residents;
        using Vendor.Crossings;

        """;

    [Theory]
    [InlineData("public string Read({|CGB001:Resident|} r) => r.{|CGB003:Name|};")]
    [InlineData("public string? Read({|CGB001:Resident|} r) => r.{|CGB003:Phone|};")]
    [InlineData("public string? Read({|CGB001:Resident|} r) => r?.{|CGB003:Name|};")]
    [InlineData("public bool Read({|CGB001:Resident|} r) => r is { {|CGB003:Name|}: \"x\" };")]
    [InlineData("public string Read({|CGB001:Household|} h) => h.{|CGB003:Head|};")]
    [InlineData("public string Read({|CGB001:Tenant|} t) => t.{|CGB003:Name|};")]
    [InlineData("public void Read({|CGB001:Resident|} r) { Func<string> f = () => r.{|CGB003:Name|}; }")]
    public async Task Administrative_code_reading_personal_data_of_the_living_side_is_an_error(string member)
    {
        await Verify.VerifyAsync(Usings + $$"""
            [AdministrativeSide]
            public sealed class Assessment
            {
                {{member}}
            }
            """);
    }

    // [PersonalData] is inherited: an override is the same datum, however many levels down and whether or not it
    // repeats the mark. A member that hides the marked one with `new` is a different member and is not marked.
    [Theory]
    [InlineData("public string Read({|CGB001:Owner|} o) => o.{|CGB003:Name|};")]
    [InlineData("public string Read({|CGB001:Landlord|} l) => l.{|CGB003:Name|};")]
    [InlineData("public string Read({|CGB001:Occupant|} o) => o.{|CGB003:Name|};")]
    [InlineData("public string Read({|CGB001:Owner|} o) => o.{|CGB003:Phone|};")]
    [InlineData("public string Read({|CGB001:Lodger|} l) => l.{|CGB003:Name|};")]
    [InlineData("public string Read({|CGB001:Lodger|} l) => l.{|CGB001:Phone|};")]
    public async Task An_override_of_personal_data_is_personal_data(string member)
    {
        await Verify.VerifyAsync(Usings + "using Vendor.Homes;\n" + $$"""
            namespace Vendor.Homes
            {
                [LivingSide]
                public abstract class Occupant
                {
                    [PersonalData] public abstract string Name { get; }
                    [PersonalData] public virtual string Phone => "";
                }

                [LivingSide]
                public class Owner : Occupant
                {
                    public override string Name => "x";
                    public override string Phone => "y";
                }

                [LivingSide]
                public sealed class Landlord : Owner
                {
                    public override string Name => "z";
                }

                [LivingSide]
                public sealed class Lodger : Occupant
                {
                    public override string Name => "w";
                    public new string Phone => "";
                }
            }

            [AdministrativeSide]
            public sealed class Assessment
            {
                {{member}}
            }
            """);
    }

    [Theory]
    [InlineData("public void Write({|CGB001:Resident|} r) => r.{|CGB001:Name|} = \"x\";")]
    [InlineData("public string Named() => nameof({|^g9:Resident|}.{|CGB001^g9:Name|});")]
    [InlineData("public object Make() => new {|CGB001^a:Resident|}(\"x\") { {|^a:Name|} = \"y\" };")]
    public async Task Writing_or_naming_personal_data_is_a_crossing_but_not_a_read(string member)
    {
        await Verify.VerifyAsync(Usings + $$"""
            [AdministrativeSide]
            public sealed class Assessment
            {
                {{member}}
            }
            """);
    }

    [Fact]
    public async Task Reads_inside_a_recorded_personal_information_access_are_sanctioned()
    {
        await Verify.VerifyAsync(Usings + """
            [AdministrativeSide]
            public sealed class Assessment
            {
                public string Contact({|CGB001:Resident|} r) =>
                    PersonalInformationAccess.Read("PIPL art. 13(3): emergency contact", () => r.Name);

                public string Anonymous({|CGB001:Resident|} r) =>
                    PersonalInformationAccess.Read("PIPL art. 13(1): consent", delegate { return r.Phone ?? string.Empty; });
            }
            """);
    }

    [Fact]
    public async Task The_living_side_reads_its_own_personal_data_freely()
    {
        await Verify.VerifyAsync(Usings + """
            [LivingSide]
            public sealed class PropertyDesk
            {
                public string Greet(Resident r) => "Hello " + r.Name + r.Phone;
            }

            public sealed class Unrelated
            {
                public string Greet(Resident r) => r.Name;
            }
            """);
    }
}
