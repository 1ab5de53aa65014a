using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Testing;

namespace CommunityGovernance.Analyzers.Tests.Verification;

/// <summary>
/// Markup for one diagnostic with additional locations: <c>{|CGB001^a:Find|}</c> is the diagnostic of group
/// <c>a</c>, and each <c>{|^a:ResidentRegistry|}</c> one of its additional locations, in source order. Plain
/// <c>{|CGB001:Name|}</c> markup keeps its meaning: a diagnostic without additional locations.
/// </summary>
internal static partial class GroupedMarkup
{
    public static (string Source, DiagnosticResult[] Expected) Expand(string source)
    {
        var primaries = new Dictionary<string, (string Id, int Index)>(StringComparer.Ordinal);
        var additional = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var next = 1000;
        var expanded = Marker().Replace(source, match =>
        {
            var index = next++;
            var group = match.Groups["group"].Value;
            if (match.Groups["id"].Success && match.Groups["id"].Value.Length > 0)
            {
                primaries.Add(group, (match.Groups["id"].Value, index));
            }
            else
            {
                if (!additional.TryGetValue(group, out var list))
                {
                    additional[group] = list = [];
                }

                list.Add(index);
            }

            return "{|#" + index + ":";
        });

        var expected = new List<DiagnosticResult>();
        foreach (var (group, (id, index)) in primaries)
        {
            var result = new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(index);
            if (id is "CGB002" or "CGB003")
            {
                result = new DiagnosticResult(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(index);
            }

            foreach (var other in additional.GetValueOrDefault(group) ?? [])
            {
                result = result.WithLocation(other);
            }

            expected.Add(result);
        }

        if (additional.Keys.Except(primaries.Keys).FirstOrDefault() is { } orphan)
        {
            throw new ArgumentException("No diagnostic for the additional locations of group " + orphan, nameof(source));
        }

        return (expanded, [.. expected]);
    }

    [GeneratedRegex(@"\{\|(?<id>CGB\d{3})?\^(?<group>\w+):")]
    private static partial Regex Marker();
}
