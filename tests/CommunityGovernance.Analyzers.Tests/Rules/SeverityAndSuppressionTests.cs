using Verify = CommunityGovernance.Analyzers.Tests.Verification.AnalyzerVerifier<CommunityGovernance.Analyzers.Tests.Verification.CrossingRules>;

namespace CommunityGovernance.Analyzers.Tests.Rules;

public sealed class SeverityAndSuppressionTests
{
    private const string Crossing = """
        using CommunityGovernance.Boundaries;
        using Vendor.Residents;

        [AdministrativeSide]
        public sealed class StreetOfficeWork
        {
            public object Make() => new Resident("x");
        }
        """;

    [Fact]
    public async Task A_severity_of_none_turns_the_rule_off()
    {
        await Verify.VerifyAsync(Crossing, "dotnet_diagnostic.CGB001.severity = none\n");
    }

    [Fact]
    public async Task Pragmas_and_suppress_message_work_as_usual()
    {
        await Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;
            using CommunityGovernance.Boundaries;
            using Vendor.Residents;

            [AdministrativeSide]
            public sealed class StreetOfficeWork
            {
            #pragma warning disable CGB001 // The census import predates the order objects.
                public object Make() => new Resident("x");
            #pragma warning restore CGB001

                [SuppressMessage("CommunityGovernance.Boundaries", "CGB001", Justification = "Migration, see ticket 42.")]
                public object Migrate() => new Resident("y");
            }
            """);
    }
}
