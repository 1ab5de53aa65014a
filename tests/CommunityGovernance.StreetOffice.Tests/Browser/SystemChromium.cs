namespace CommunityGovernance.StreetOffice.Tests.Browser;

/// <summary>
/// The machine's own Chromium (Debian's <c>chromium</c> package), which Playwright drives through
/// <c>ExecutablePath</c>: nothing here downloads a browser. <c>.ci/run</c> installs the package when it is missing.
/// </summary>
public static class SystemChromium
{
    /// <summary>Names a Chromium binary other than the one on the PATH.</summary>
    public const string Variable = "CG_CHROMIUM";

    /// <summary>The browser's executable, or <see langword="null"/> when the machine has none.</summary>
    public static string? ExecutablePath { get; } = Find();

    /// <summary>Why the browser tests cannot run, or <see langword="null"/> when they can.</summary>
    public static string? UnavailableReason => ExecutablePath is null
        ? $"no Chromium found: install Debian's 'chromium' package (apt-get install chromium), or name the binary in {Variable}"
        : null;

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => new[] { "chromium", "chromium-browser" }.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }
}
