using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace CommunityGovernance.Tests;

/// <summary>
/// Holds a README's code to the test that runs it: the lines of a test between <c>// snippet: name</c> and
/// <c>// end snippet</c> must be, line for line (spaces collapsed), the README's code block that follows the same
/// <c>&lt;!-- snippet: name --&gt;</c> marker. A snippet edited in one place and not the other fails the test.
/// </summary>
internal static partial class ReadmeSnippet
{
    /// <summary>Fails unless the marked region of the calling test file equals the README's marked block.</summary>
    /// <param name="readme">The README's path, relative to the repository's root.</param>
    /// <param name="name">The snippet's name in both files.</param>
    /// <param name="testFile">Filled in by the compiler: the calling test's source file.</param>
    public static void AssertRunsAsWritten(string readme, string name, [CallerFilePath] string testFile = "")
    {
        var root = RepositoryRoot.Path;
        var documented = Block(File.ReadAllLines(Path.Combine(root, readme)), $"<!-- snippet: {name} -->", "```csharp", "```");
        var tested = Block(File.ReadAllLines(testFile), $"// snippet: {name}", null, "// end snippet");
        Assert.True(
            documented.SequenceEqual(tested),
            $"The README's snippet '{name}' ({readme}) and the code {Path.GetFileName(testFile)} runs differ:\n--- README\n{string.Join('\n', documented)}\n--- test\n{string.Join('\n', tested)}");
    }

    private static string[] Block(string[] lines, string marker, string? opening, string closing)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == marker);
        Assert.True(start >= 0, $"No '{marker}' found.");
        if (opening is not null)
        {
            start = Array.FindIndex(lines, start, l => l.Trim() == opening);
        }

        var end = Array.FindIndex(lines, start + 1, l => l.Trim() == closing);
        // A README's using directives are for the reader; the test file has its own at the top.
        return [.. lines[(start + 1)..end].Select(l => Spaces().Replace(l.Trim(), " ")).Where(l => l.Length != 0 && !UsingDirective().IsMatch(l))];
    }

    [GeneratedRegex(@"^using [A-Za-z0-9_.]+;$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
