using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Analyzers.Sides;

/// <summary>
/// The namespace patterns of one set of analyzer options, parsed once; files that share the same settings share
/// one instance, and with it the cache of which namespace lies on which side.
/// </summary>
internal sealed class SideConfiguration
{
    public const string AdministrativeKey = "community_governance.administrative_namespaces";
    public const string LivingKey = "community_governance.living_namespaces";

    public static readonly SideConfiguration Empty = new(null, null);

    private static readonly char[] s_separators = [',', ';', ' ', '\t'];

    private readonly ImmutableArray<NamespacePattern> _administrative;
    private readonly ImmutableArray<NamespacePattern> _living;
    private readonly ConcurrentDictionary<INamespaceSymbol, Side> _sideOfNamespace = new(SymbolEqualityComparer.Default);

    public SideConfiguration(string? administrative, string? living)
    {
        var problems = ImmutableArray.CreateBuilder<PatternProblem>();
        var administrativePatterns = Parse(administrative, AdministrativeKey, problems);
        var livingPatterns = Parse(living, LivingKey, problems);

        // The same text on both sides cannot be settled by specificity, so it is a configuration problem.
        foreach (var pattern in livingPatterns)
        {
            foreach (var other in administrativePatterns)
            {
                if (string.Equals(pattern.Text, other.Text, StringComparison.Ordinal))
                {
                    problems.Add(new PatternProblem(pattern.Text, LivingKey, "PatternBothSides"));
                }
            }
        }

        _administrative = administrativePatterns;
        _living = livingPatterns;
        Problems = problems.ToImmutable();
    }

    public bool IsEmpty => _administrative.IsEmpty && _living.IsEmpty;

    public ImmutableArray<PatternProblem> Problems { get; }

    /// <summary>The side the patterns give a namespace: the more specific match wins, a tie gives neither.</summary>
    public Side SideOf(INamespaceSymbol? ns)
    {
        if (ns is null || ns.IsGlobalNamespace || IsEmpty)
        {
            return Side.None;
        }

        return _sideOfNamespace.GetOrAdd(ns, Compute);
    }

    /// <summary>Whether some pattern could match the namespace given by its segments, or one below it.</summary>
    public bool MayMatchWithin(string[] namespaceSegments)
    {
        foreach (var pattern in _administrative)
        {
            if (pattern.MayMatchWithin(namespaceSegments))
            {
                return true;
            }
        }

        foreach (var pattern in _living)
        {
            if (pattern.MayMatchWithin(namespaceSegments))
            {
                return true;
            }
        }

        return false;
    }

    private Side Compute(INamespaceSymbol ns)
    {
        var segments = ns.ToDisplayString().Split('.');
        var administrative = BestMatch(_administrative, segments);
        var living = BestMatch(_living, segments);
        if (administrative == living)
        {
            return Side.None;
        }

        return administrative > living ? Side.Administrative : Side.Living;
    }

    private static int BestMatch(ImmutableArray<NamespacePattern> patterns, string[] segments)
    {
        var best = -1;
        foreach (var pattern in patterns)
        {
            if (pattern.Specificity > best && pattern.Matches(segments))
            {
                best = pattern.Specificity;
            }
        }

        return best;
    }

    private static ImmutableArray<NamespacePattern> Parse(string? value, string key, ImmutableArray<PatternProblem>.Builder problems)
    {
        if (value is null)
        {
            return ImmutableArray<NamespacePattern>.Empty;
        }

        var patterns = ImmutableArray.CreateBuilder<NamespacePattern>();
        var texts = value.Split(s_separators, StringSplitOptions.RemoveEmptyEntries);
        if (texts.Length == 0)
        {
            problems.Add(new PatternProblem(value, key, "PatternEmpty"));
        }

        foreach (var text in texts)
        {
            var pattern = NamespacePattern.TryParse(text, out var problem);
            if (pattern is null)
            {
                problems.Add(new PatternProblem(text, key, problem!));
            }
            else
            {
                patterns.Add(pattern);
            }
        }

        return patterns.ToImmutable();
    }
}

/// <summary>A pattern that could not be used: its text, the key it came from, and the resource naming why.</summary>
internal readonly struct PatternProblem : IEquatable<PatternProblem>
{
    public PatternProblem(string pattern, string key, string reason)
    {
        Pattern = pattern;
        Key = key;
        Reason = reason;
    }

    public string Pattern { get; }

    public string Key { get; }

    public string Reason { get; }

    public bool Equals(PatternProblem other) =>
        string.Equals(Pattern, other.Pattern, StringComparison.Ordinal) &&
        string.Equals(Key, other.Key, StringComparison.Ordinal) &&
        string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is PatternProblem other && Equals(other);

    public override int GetHashCode() => EqualityComparer<string>.Default.GetHashCode(Pattern) ^ EqualityComparer<string>.Default.GetHashCode(Key);
}
