using System;

namespace CommunityGovernance.Analyzers.Sides;

/// <summary>
/// A namespace pattern from <c>.editorconfig</c>, such as <c>Vendor.StreetOffice.*</c>: dotted segments, each an
/// identifier that may contain <c>*</c> wildcards. A final segment that is just <c>*</c> matches the namespace
/// before it and every namespace below; a segment that is just <c>**</c> matches any number of segments
/// (<c>**.IntegrationEvents</c>); elsewhere <c>*</c> matches any run of characters inside one segment.
/// </summary>
internal sealed class NamespacePattern
{
    /// <summary>A segment that is just <c>**</c> matches any number of segments, none included.</summary>
    private const string AnySegments = "**";

    private readonly string[] _segments;
    private readonly bool _matchesDescendants;

    private NamespacePattern(string text, string[] segments, bool matchesDescendants, int specificity)
    {
        Text = text;
        _segments = segments;
        _matchesDescendants = matchesDescendants;
        Specificity = specificity;
    }

    public string Text { get; }

    /// <summary>How many literal characters the pattern fixes; when both sides match, the more specific wins.</summary>
    public int Specificity { get; }

    /// <summary>Reads a pattern, or names (as a resource key) why the text is not one.</summary>
    public static NamespacePattern? TryParse(string text, out string? problem)
    {
        problem = null;
        if (text.Length == 0)
        {
            problem = "PatternEmpty";
            return null;
        }

        var segments = text.Split('.');
        var matchesDescendants = segments.Length > 1 && segments[segments.Length - 1] == "*";
        var literalCount = matchesDescendants ? segments.Length - 1 : segments.Length;
        var specificity = 0;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0)
            {
                problem = "PatternCharacters";
                return null;
            }

            for (var j = 0; j < segment.Length; j++)
            {
                var c = segment[j];
                if (c == '*')
                {
                    continue;
                }

                if (!(char.IsLetterOrDigit(c) || c == '_') || (j == 0 && char.IsDigit(c)))
                {
                    problem = "PatternCharacters";
                    return null;
                }

                specificity++;
            }
        }

        var kept = new string[literalCount];
        Array.Copy(segments, kept, literalCount);
        return new NamespacePattern(text, kept, matchesDescendants, specificity);
    }

    /// <summary>Whether the namespace, given as its segments from the outermost, matches.</summary>
    public bool Matches(string[] namespaceSegments) => MatchFrom(0, namespaceSegments, 0);

    /// <summary>Whether the namespace given by its segments, or some namespace below it, could match.</summary>
    public bool MayMatchWithin(string[] namespaceSegments)
    {
        if (namespaceSegments.Length > _segments.Length && !_matchesDescendants && Array.IndexOf(_segments, AnySegments) < 0)
        {
            return false;
        }

        for (var i = 0; i < namespaceSegments.Length && i < _segments.Length; i++)
        {
            // Past a '**' any namespace below may still match.
            if (_segments[i] == AnySegments)
            {
                return true;
            }

            if (!SegmentMatches(_segments[i], 0, namespaceSegments[i], 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the pattern's segments from <paramref name="p"/> match the namespace's from <paramref name="n"/>.</summary>
    private bool MatchFrom(int p, string[] namespaceSegments, int n)
    {
        if (p == _segments.Length)
        {
            return _matchesDescendants || n == namespaceSegments.Length;
        }

        if (_segments[p] == AnySegments)
        {
            for (var skipped = n; skipped <= namespaceSegments.Length; skipped++)
            {
                if (MatchFrom(p + 1, namespaceSegments, skipped))
                {
                    return true;
                }
            }

            return false;
        }

        return n < namespaceSegments.Length && SegmentMatches(_segments[p], 0, namespaceSegments[n], 0) && MatchFrom(p + 1, namespaceSegments, n + 1);
    }

    private static bool SegmentMatches(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                for (var rest = t; rest <= text.Length; rest++)
                {
                    if (SegmentMatches(pattern, p + 1, text, rest))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (t >= text.Length || pattern[p] != text[t])
            {
                return false;
            }

            p++;
            t++;
        }

        return t == text.Length;
    }
}
