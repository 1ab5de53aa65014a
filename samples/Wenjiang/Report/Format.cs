using System.Globalization;
using CommunityGovernance.Rights;
using NodaTime;
using NodaTime.Text;
using Wenjiang.Scenario;

namespace Wenjiang.Report;

/// <summary>The report's formats: invariant, so the report reads the same under every culture.</summary>
internal static class Format
{
    private static readonly LocalDateTimePattern s_dateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    /// <summary>An integer with thousands separators, e.g. 3,000,000.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A rate as a percentage with one decimal, or an em dash when there is nothing to divide by.</summary>
    /// <param name="rate">The rate, 0 to 1.</param>
    /// <returns>The text, e.g. 87.5%.</returns>
    public static string Percent(double? rate) =>
        rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>An instant in Beijing time.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text, e.g. 2026-04-30 17:00.</returns>
    public static string Time(Instant instant) => s_dateTime.Format(instant.InZone(Timeline.Zone).LocalDateTime);

    /// <summary>A date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text, e.g. 2026-04-15.</returns>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A set of powers by their initials: R resource allocation, T task setting, S time scheduling, I inspection.</summary>
    /// <param name="powers">The powers.</param>
    /// <returns>The text, e.g. "R T S I", or "—" for none.</returns>
    public static string Powers(GovernancePowers powers) =>
        powers.IsEmpty ? "—" : string.Join(" ", powers.ToEnumerable().Select(Initial));

    /// <summary>A power's Chinese and English name.</summary>
    /// <param name="power">The power.</param>
    /// <returns>The text, e.g. 任务设定 task setting.</returns>
    public static string Power(GovernancePower power) => power switch
    {
        GovernancePower.ResourceAllocation => "资源调配 resource allocation",
        GovernancePower.TaskSetting => "任务设定 task setting",
        GovernancePower.TimeScheduling => "时间安排 time scheduling",
        _ => "检查考核 inspection and assessment",
    };

    /// <summary>A section heading, underlined.</summary>
    /// <param name="writer">Where to.</param>
    /// <param name="title">The heading.</param>
    public static void Heading(TextWriter writer, string title)
    {
        writer.WriteLine();
        writer.WriteLine(title);
        writer.WriteLine(new string('=', TextTable.Width(title)));
    }

    private static string Initial(GovernancePower power) => power switch
    {
        GovernancePower.ResourceAllocation => "R",
        GovernancePower.TaskSetting => "T",
        GovernancePower.TimeScheduling => "S",
        _ => "I",
    };
}
