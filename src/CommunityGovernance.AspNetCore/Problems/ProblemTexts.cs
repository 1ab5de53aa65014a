using System.Globalization;
using System.Resources;

namespace CommunityGovernance.AspNetCore.Problems;

/// <summary>
/// The problems' texts: the vendor's resources first (<see cref="CommunityGovernanceOptions.ProblemTexts"/>), then the
/// library's own in English and Simplified Chinese (ProblemTexts.resx, ProblemTexts.zh-Hans.resx).
/// </summary>
/// <remarks>
/// Every rule has a key <c>Rule.&lt;rule name&gt;</c> whose text states the rule; <c>RuleDetail</c> formats a refusal's
/// detail from the rule's statement ({0}) and the exception's English message ({1}).
/// </remarks>
internal static class ProblemTexts
{
    /// <summary>The library's own texts.</summary>
    public static ResourceManager Resources { get; } = new("CommunityGovernance.AspNetCore.Problems.ProblemTexts", typeof(ProblemTexts).Assembly);

    // "zh" alone is Chinese without a script; its resources are the Simplified ones (its parent would be English).
    private static readonly CultureInfo s_simplifiedChinese = CultureInfo.GetCultureInfo("zh-Hans");

    // The most specific culture first, and at each step the vendor's texts before the library's: a vendor's English
    // wording of a rule does not hide the library's Chinese one, and a vendor's French one wins over the library's English.
    public static string? Find(string key, CultureInfo culture, IEnumerable<ResourceManager>? overrides = null)
    {
        for (var step = string.Equals(culture.Name, "zh", StringComparison.OrdinalIgnoreCase) ? s_simplifiedChinese : culture; ; step = step.Parent)
        {
            if (overrides is not null)
            {
                foreach (var vendor in overrides)
                {
                    if (Own(vendor, step)?.GetString(key) is { } vendorText)
                    {
                        return vendorText;
                    }
                }
            }

            if (Own(Resources, step)?.GetString(key) is { } text)
            {
                return text;
            }

            if (step.Equals(CultureInfo.InvariantCulture))
            {
                return null;
            }
        }
    }

    public static string Get(string key, CultureInfo culture, IEnumerable<ResourceManager>? overrides = null) => Find(key, culture, overrides) ?? key;

    // One culture's own resources, without its parents' (null when the culture has none).
    private static ResourceSet? Own(ResourceManager resources, CultureInfo culture)
    {
        try
        {
            return resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        }
        catch (MissingManifestResourceException)
        {
            return null; // A vendor's manager with no neutral resources.
        }
    }
}
