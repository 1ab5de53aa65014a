using System.Globalization;
using System.Resources;

namespace CommunityGovernance.AspNetCore.Problems;

/// <summary>The problems' titles in English and Simplified Chinese (ProblemTexts.resx, ProblemTexts.zh-Hans.resx).</summary>
internal static class ProblemTexts
{
    private static readonly ResourceManager Resources = new("CommunityGovernance.AspNetCore.Problems.ProblemTexts", typeof(ProblemTexts).Assembly);

    public static string? Find(string key, CultureInfo culture) => Resources.GetString(key, culture);

    public static string Get(string key, CultureInfo culture) => Find(key, culture) ?? key;
}
