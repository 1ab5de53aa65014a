using System.Runtime.Loader;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using ArchRule = ArchUnitNET.Fluent.ArchRuleDefinition;
using NetArchTypes = NetArchTest.Rules.Types;

namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>
/// The IL-based tools, checking the equivalent dependency rule on the compiled corpus: neither side's namespace
/// depends on the other's. They answer with types, not lines.
/// </summary>
public static class IlTools
{
    private const string Administrative = "Vendor.StreetOffice";
    private const string Living = "Vendor.Residents";

    /// <summary>The tools, by name: each loads the assembly and returns the full names of the failing types.</summary>
    public static IReadOnlyList<(string Name, Func<string, IReadOnlySet<string>> Check)> All { get; } =
    [
        ("NetArchTest.Rules", NetArchTest),
        ("ArchUnitNET", ArchUnit),
    ];

    private static HashSet<string> NetArchTest(string assemblyPath)
    {
        var failing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (from, to) in new[] { (Administrative, Living), (Living, Administrative) })
        {
            var result = NetArchTypes.FromFile(assemblyPath).That().ResideInNamespace(from).ShouldNot().HaveDependencyOnAny(to).GetResult();
            failing.UnionWith(result.FailingTypeNames ?? []);
        }

        return failing;
    }

    private static HashSet<string> ArchUnit(string assemblyPath)
    {
        // ArchUnitNET takes a loaded assembly (it reads the file behind it); a context of its own per check lets corpora
        // of the same assembly name come and go in one process.
        var context = new AssemblyLoadContext("archunit-" + Path.GetFileName(Path.GetDirectoryName(assemblyPath)), isCollectible: true);
        // ArchUnitNET caches architectures by assembly name: cleared, so that every round (and every corpus) is loaded.
        ArchitectureCache.Instance.Clear();
        var architecture = new ArchLoader().LoadAssembly(context.LoadFromAssemblyPath(assemblyPath)).Build();
        var failing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (from, to) in new[] { (Administrative, Living), (Living, Administrative) })
        {
            IArchRule rule = ArchRule.Types().That().ResideInNamespaceMatching(Below(from)).Should().NotDependOnAny(ArchRule.Types().That().ResideInNamespaceMatching(Below(to)));
            failing.UnionWith(rule.Evaluate(architecture).Where(r => !r.Passed).Select(r => ((IType)r.EvaluatedObject).FullName));
        }

        context.Unload();
        return failing;
    }

    private static string Below(string ns) => "^" + ns.Replace(".", "\\.", StringComparison.Ordinal) + "(\\..*)?$";
}
