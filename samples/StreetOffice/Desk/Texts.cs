using System.Globalization;

namespace StreetOffice.Desk;

/// <summary>
/// The desk's two languages. Each label is written where it is shown, in both languages side by side
/// (<c>Texts.Pick("Demands", "诉求")</c>), so a page reads in either; the request's culture (en or zh-Hans, from the
/// <c>culture</c> cookie or query) picks one.
/// </summary>
internal static class Texts
{
    /// <summary>The languages offered.</summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [new("en"), new("zh-Hans")];

    /// <summary>Whether the request asked for Chinese.</summary>
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    /// <summary>The label in the request's language.</summary>
    public static string Pick(string english, string chinese) => IsChinese ? chinese : english;
}
