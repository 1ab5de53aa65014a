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

    /// <summary>Namespaces whose types are sanctioned crossings, whatever side pattern also matches them.</summary>
    public const string CrossingKey = "community_governance.sanctioned_crossing_namespaces";

    /// <summary>Types (full names, same pattern syntax) that identify administrative units.</summary>
    public const string AdministrativeIdentifierKey = "community_governance.administrative_identifier_types";

    /// <summary>Types (full names, same pattern syntax) that identify living units.</summary>
    public const string LivingIdentifierKey = "community_governance.living_identifier_types";

    /// <summary>Every key this class reads, in the order of the constructor's arguments.</summary>
    public static readonly string[] Keys = [AdministrativeKey, LivingKey, CrossingKey, AdministrativeIdentifierKey, LivingIdentifierKey];

    public static readonly SideConfiguration Empty = new(null, null);

    private static readonly char[] s_separators = [',', ';', ' ', '\t'];

    private readonly ImmutableArray<NamespacePattern> _administrative;
    private readonly ImmutableArray<NamespacePattern> _living;
    private readonly ImmutableArray<NamespacePattern> _crossing;
    private readonly ConcurrentDictionary<INamespaceSymbol, (Side Side, string? Pattern)> _sideOfNamespace = new(SymbolEqualityComparer.Default);

    public SideConfiguration(string? administrative, string? living, string? crossing = null, string? administrativeIdentifiers = null, string? livingIdentifiers = null)
    {
        var problems = ImmutableArray.CreateBuilder<PatternProblem>();
        var administrativePatterns = Parse(administrative, AdministrativeKey, problems);
        var livingPatterns = Parse(living, LivingKey, problems);
        _crossing = Parse(crossing, CrossingKey, problems);
        AdministrativeIdentifiers = Parse(administrativeIdentifiers, AdministrativeIdentifierKey, problems);
        LivingIdentifiers = Parse(livingIdentifiers, LivingIdentifierKey, problems);

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

    public bool IsEmpty => _administrative.IsEmpty && _living.IsEmpty && _crossing.IsEmpty && !HasIdentifierTypes;

    /// <summary>Whether a key names identifier types.</summary>
    public bool HasIdentifierTypes => !AdministrativeIdentifiers.IsEmpty || !LivingIdentifiers.IsEmpty;

    /// <summary>The patterns of full type names that identify administrative units.</summary>
    public ImmutableArray<NamespacePattern> AdministrativeIdentifiers { get; }

    /// <summary>The patterns of full type names that identify living units.</summary>
    public ImmutableArray<NamespacePattern> LivingIdentifiers { get; }

    public ImmutableArray<PatternProblem> Problems { get; }

    /// <summary>
    /// The side the patterns give a namespace: a sanctioned-crossing pattern wins whenever it matches; otherwise the
    /// more specific side pattern wins, and a tie gives neither.
    /// </summary>
    public Side SideOf(INamespaceSymbol? ns) => Match(ns).Side;

    /// <summary>The side the patterns give a namespace, with the text of the pattern that gave it (for messages).</summary>
    public (Side Side, string? Pattern) Match(INamespaceSymbol? ns)
    {
        if (ns is null || ns.IsGlobalNamespace || (_administrative.IsEmpty && _living.IsEmpty && _crossing.IsEmpty))
        {
            return (Side.None, null);
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

        foreach (var pattern in _crossing)
        {
            if (pattern.MayMatchWithin(namespaceSegments))
            {
                return true;
            }
        }

        return false;
    }

    private (Side, string?) Compute(INamespaceSymbol ns)
    {
        var segments = ns.ToDisplayString().Split('.');
        var crossing = BestMatch(_crossing, segments);
        if (crossing is not null)
        {
            return (Side.Crossing, crossing.Text);
        }

        var administrative = BestMatch(_administrative, segments);
        var living = BestMatch(_living, segments);
        var administrativeSpecificity = administrative?.Specificity ?? -1;
        var livingSpecificity = living?.Specificity ?? -1;
        if (administrativeSpecificity == livingSpecificity)
        {
            return (Side.None, null);
        }

        return administrativeSpecificity > livingSpecificity ? (Side.Administrative, administrative!.Text) : (Side.Living, living!.Text);
    }

    private static NamespacePattern? BestMatch(ImmutableArray<NamespacePattern> patterns, string[] segments)
    {
        NamespacePattern? best = null;
        foreach (var pattern in patterns)
        {
            if ((best is null || pattern.Specificity > best.Specificity) && pattern.Matches(segments))
            {
                best = pattern;
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
