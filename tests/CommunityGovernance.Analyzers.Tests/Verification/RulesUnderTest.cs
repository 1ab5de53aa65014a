namespace CommunityGovernance.Analyzers.Tests.Verification;

/// <summary>The rules a test class checks; the analyzer's other rules are disabled for it.</summary>
internal interface IRulesUnderTest
{
    static abstract IReadOnlyList<string> Ids { get; }
}

/// <summary>Every rule of the analyzer.</summary>
internal static class RulesUnderTest
{
    public static readonly IReadOnlyList<string> All = ["CGB001", "CGB002", "CGB003", "CGB004", "CGB005", "CGB006"];
}

/// <summary>CGB001 and CGB003: crossings and personal-data reads.</summary>
internal sealed class CrossingRules : IRulesUnderTest
{
    public static IReadOnlyList<string> Ids { get; } = ["CGB001", "CGB003"];
}

/// <summary>CGB002: identifier spaces mixed.</summary>
internal sealed class IdentifierRules : IRulesUnderTest
{
    public static IReadOnlyList<string> Ids { get; } = ["CGB002"];
}

/// <summary>CGB004–CGB006: configuration problems.</summary>
internal sealed class ConfigurationRules : IRulesUnderTest
{
    public static IReadOnlyList<string> Ids { get; } = ["CGB004", "CGB005", "CGB006"];
}
