using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>A mutated source and what was done to it, so that a finding can be read and replayed from its seed.</summary>
internal sealed record Mutant(string Text, ImmutableArray<string> Edits);

/// <summary>
/// Mutates C# source at the level of tokens, as an editor session does between two keystrokes: a few random
/// deletions, insertions and swaps of whole tokens (cut by Roslyn's own lexer, trivia kept with its token). The
/// same seed always gives the same mutant.
/// </summary>
internal static class TokenMutation
{
    /// <summary>Tokens worth inserting besides those of the source itself: the ones that open and close scopes,
    /// and the words the analyzers look for.</summary>
    private static readonly string[] Inserted =
    [
        "{", "}", "(", ")", "[", "]", "<", ">", ";", ",", ".", "=", "==", "!=", "=>", "?", "!", ":", "\"", "$\"", "@",
        "class", "record", "struct", "interface", "namespace", "static", "partial", "new", "is", "as", "this", "base",
        "delegate", "event", "operator", "implicit", "default", "null", "typeof", "nameof", "var", "object", "#if",
        "AdministrativeSide", "LivingSide", "SanctionedCrossing", "PersonalData", "SideIdentifier", "assembly:",
        "AdministrativeCommunityId", "LivingCommunityId", "Equals", "ContainsKey", "Contains", "ToString",
    ];

    public static ImmutableArray<string> Tokens(string source) =>
    [
        .. SyntaxFactory.ParseTokens(source)
            .Where(t => !t.IsKind(SyntaxKind.EndOfFileToken) || t.FullSpan.Length > 0)
            .Select(t => t.ToFullString()),
    ];

    public static Mutant Mutate(string source, Random random)
    {
        var tokens = Tokens(source).ToList();
        var edits = ImmutableArray.CreateBuilder<string>();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count && tokens.Count > 1; i++)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(3))
            {
                case 0:
                    edits.Add($"delete token {at} '{Shown(tokens[at])}'");
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    var token = random.Next(2) == 0 ? " " + Inserted[random.Next(Inserted.Length)] + " " : tokens[random.Next(tokens.Count)];
                    edits.Add($"insert '{Shown(token)}' before token {at}");
                    tokens.Insert(at, token);
                    break;
                default:
                    var other = random.Next(2) == 0 ? Math.Min(at + 1, tokens.Count - 1) : random.Next(tokens.Count);
                    edits.Add($"swap tokens {at} '{Shown(tokens[at])}' and {other} '{Shown(tokens[other])}'");
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
            }
        }

        return new Mutant(string.Concat(tokens), edits.ToImmutable());
    }

    /// <summary>The token without its trivia (a doc comment would drown the report).</summary>
    private static string Shown(string token) => SyntaxFactory.ParseToken(token).Text;
}
