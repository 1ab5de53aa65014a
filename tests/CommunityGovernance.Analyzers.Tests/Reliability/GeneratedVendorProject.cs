using System.Collections.Immutable;
using System.Globalization;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>
/// A large vendor project written by a generator: living-side households with personal data, administrative
/// inspections that reach into them (CGB001, CGB003) and mix the identifier spaces (CGB002), street-office code
/// placed on a side only by namespace patterns, folders with a malformed pattern (CGB004), declarations on both
/// sides (CGB005) and crossings without a reason (CGB006) — every rule, many times, across hundreds of files.
/// </summary>
internal static class GeneratedVendorProject
{
    public const string EditorConfig = """
        [*.cs]
        community_governance.administrative_namespaces = Generated.Office*.*
        community_governance.living_namespaces = Generated.Estate*.*

        [Broken/*.cs]
        community_governance.administrative_namespaces = Generated.Office*.*, Generated..Broken
        """;

    /// <summary>Rules every generated project shows at least once.</summary>
    public static readonly ImmutableArray<string> Rules = ["CGB001", "CGB002", "CGB003", "CGB004", "CGB005", "CGB006"];

    /// <param name="groups">Each group is six files, one of each kind below.</param>
    public static SourceSet Create(int groups)
    {
        var files = ImmutableArray.CreateBuilder<SourceFile>();
        for (var i = 0; i < groups; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);

            // A group reaches back into an earlier group's households too, so that files depend on each other.
            var earlier = (i * 7 % groups).ToString(CultureInfo.InvariantCulture);
            files.Add(new($"/project/Living/Household{n}.cs", Household(n)));
            files.Add(new($"/project/Office/Inspection{n}.cs", Inspection(n, earlier)));
            files.Add(new($"/project/Office/Patterned{n}.cs", Patterned(n, earlier)));
            files.Add(new($"/project/Estate/Committee{n}.cs", Committee(n)));
            files.Add(new($"/project/Crossings/Channel{n}.cs", Channel(n)));
            files.Add(new($"/project/Broken/Confused{n}.cs", Confused(n)));
        }

        return new SourceSet(files.ToImmutable(), EditorConfig);
    }

    private static string Household(string n) => $$"""
        using CommunityGovernance.Boundaries;
        using CommunityGovernance.Communities;

        namespace Generated.Living{{n}};

        [LivingSide]
        public sealed class Household{{n}}
        {
            [PersonalData] public string Head { get; set; } = "";
            [PersonalData] public string? Phone;
            public int Size { get; set; }
            public LivingCommunityId Compound { get; set; }
            public void Grow() => Size++;
        }
        """;

    private static string Inspection(string n, string earlier) => $$"""
        using System.Collections.Generic;
        using CommunityGovernance.Boundaries;
        using CommunityGovernance.Communities;
        using Generated.Living{{n}};
        using Generated.Living{{earlier}};

        namespace Generated.Inspections{{n}};

        [AdministrativeSide]
        public sealed class Inspection{{n}}
        {
            private readonly Dictionary<string, int> _visits = new();

            public int Count(Household{{n}} household) => household.Size;
            public string Call(Household{{earlier}} household) => household.Phone ?? household.Head;
            public void Grow(Household{{n}} household) => household.Grow();
            public bool Same(AdministrativeCommunityId admin, LivingCommunityId living) => admin.Equals(living);
            public void Visit(AdministrativeCommunityId admin) => _visits[admin.ToString()] = 1;
            public int Visited(LivingCommunityId living) => _visits[living.Value];
            public bool Fine(AdministrativeCommunityId a, AdministrativeCommunityId b) => a == b;
        }
        """;

    private static string Patterned(string n, string earlier) => $$"""
        using Generated.Living{{earlier}};

        namespace Generated.Office{{n}}.Tasks;

        public static class Task{{n}}
        {
            public static int Size(Household{{earlier}} household) => household.Size;
            public static int Twice(int x) => x * 2;
        }
        """;

    private static string Committee(string n) => $$"""
        using Generated.Office{{n}}.Tasks;

        namespace Generated.Estate{{n}};

        public sealed class Committee{{n}}
        {
            public int Work() => Task{{n}}.Twice(3);
        }
        """;

    private static string Channel(string n) => $$"""
        using CommunityGovernance.Boundaries;
        using CommunityGovernance.Communities;
        using Generated.Living{{n}};

        namespace Generated.Crossings{{n}};

        [SanctionedCrossing("Orders sink from the street office into the compound through this record.")]
        public sealed record Order{{n}}(AdministrativeCommunityId From, LivingCommunityId To)
        {
            public int Households(Household{{n}} household) => household.Size;
        }

        [SanctionedCrossing("")]
        public static class Unexplained{{n}}
        {
            public static int Read(Household{{n}} household) => household.Size;
        }
        """;

    private static string Confused(string n) => $$"""
        using CommunityGovernance.Boundaries;

        namespace Generated.Broken{{n}};

        [AdministrativeSide]
        [LivingSide]
        public sealed class Confused{{n}}
        {
            public int Rows { get; set; }
        }
        """;
}
