using System.Collections.Frozen;
using System.Globalization;
using Ardalis.GuardClauses;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

/// <summary>
/// Which days are working days (工作日) and which hours of them are worked, in one time zone: Monday to Friday,
/// except the public holidays (法定节假日) the State Council's yearly notice gives off, plus the weekend days it
/// makes working days instead (调休上班). Time limits counted in working days or hours are counted on it.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="China"/> holds the notices for the years in <see cref="CoveredYears"/> (data/china-holidays: an extract
/// of the <c>chinese-days</c> package, MIT licence; the State Council's notices are the authority). A year outside
/// them is counted Monday to Friday: add it with <see cref="WithYear"/> once its notice is published (usually in
/// November or December of the year before), or override single days with <see cref="WithHoliday"/> and
/// <see cref="WithWorkingDay"/>.
/// </para>
/// <para>
/// A due instant is never on a non-working day, and never earlier for a later start or a longer limit (property
/// tests check both). This type is immutable.
/// </para>
/// </remarks>
public sealed class WorkingCalendar
{
    private readonly FrozenDictionary<LocalDate, bool> _overrides;
    private readonly FrozenSet<int> _years;

    private WorkingCalendar(DateTimeZone zone, LocalTime start, LocalTime end, FrozenDictionary<LocalDate, bool> overrides, FrozenSet<int> years)
    {
        (Zone, WorkStarts, WorkEnds, _overrides, _years) = (zone, start, end, overrides, years);
    }

    /// <summary>
    /// China's calendar for 2024 to 2026: Asia/Shanghai, working hours 09:00 to 17:00, with the State Council's holidays
    /// and make-up working days.
    /// </summary>
    public static WorkingCalendar China { get; } = LoadChina();

    /// <summary>The time zone days and hours are counted in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>When a working day's working hours begin.</summary>
    public LocalTime WorkStarts { get; }

    /// <summary>When a working day's working hours end.</summary>
    public LocalTime WorkEnds { get; }

    /// <summary>The years whose holidays and make-up working days the calendar holds, in order.</summary>
    public IReadOnlyList<int> CoveredYears => [.. _years.Order()];

    /// <summary>A calendar with no holidays: Monday to Friday, <paramref name="start"/> to <paramref name="end"/>, in <paramref name="zone"/>.</summary>
    /// <param name="zone">The time zone.</param>
    /// <param name="start">When working hours begin.</param>
    /// <param name="end">When they end, after <paramref name="start"/>.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="DomainRuleViolationException">The zone is missing or the hours are empty (<see cref="DemandRules.WorkingCalendarIsWellFormed"/>).</exception>
    public static WorkingCalendar Weekdays(DateTimeZone zone, LocalTime start, LocalTime end)
    {
        Guard.Against.MissingValue(zone);
        if (end <= start)
        {
            throw new DomainRuleViolationException(DemandRules.WorkingCalendarIsWellFormed, "Working hours end after they begin.");
        }

        return new WorkingCalendar(zone, start, end, FrozenDictionary<LocalDate, bool>.Empty, FrozenSet<int>.Empty);
    }

    /// <summary>Whether <paramref name="date"/> is worked: an override if there is one, else Monday to Friday.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    public bool IsWorkingDay(LocalDate date) =>
        _overrides.TryGetValue(date, out var working) ? working : date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    /// <summary>Whether the calendar holds the notice of <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when covered.</returns>
    public bool Covers(int year) => _years.Contains(year);

    /// <summary>A copy of this calendar with a year's notice: its holidays and make-up working days replace any overrides of that year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="holidays">The days off, weekends inside a holiday included or not.</param>
    /// <param name="workingDays">The weekend days worked instead (调休上班).</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="DomainRuleViolationException">A day lies outside the year, or is both a holiday and a working day (<see cref="DemandRules.WorkingCalendarIsWellFormed"/>).</exception>
    public WorkingCalendar WithYear(int year, IEnumerable<LocalDate> holidays, IEnumerable<LocalDate> workingDays)
    {
        var off = Guard.Against.MissingValue(holidays).ToHashSet();
        var on = Guard.Against.MissingValue(workingDays).ToHashSet();
        if (off.Concat(on).Any(d => d.Year != year) || off.Overlaps(on))
        {
            throw new DomainRuleViolationException(DemandRules.WorkingCalendarIsWellFormed, $"A year's notice lists days of {year} only, each once.");
        }

        var overrides = _overrides.Where(kv => kv.Key.Year != year)
            .Concat(off.Select(d => KeyValuePair.Create(d, false)))
            .Concat(on.Select(d => KeyValuePair.Create(d, true)));
        return new WorkingCalendar(Zone, WorkStarts, WorkEnds, overrides.ToFrozenDictionary(), _years.Append(year).ToFrozenSet());
    }

    /// <summary>A copy of this calendar with <paramref name="date"/> off (a local holiday, a vendor's correction).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The new calendar.</returns>
    public WorkingCalendar WithHoliday(LocalDate date) => WithOverride(date, working: false);

    /// <summary>A copy of this calendar with <paramref name="date"/> worked.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The new calendar.</returns>
    public WorkingCalendar WithWorkingDay(LocalDate date) => WithOverride(date, working: true);

    /// <summary>A copy of this calendar with other working hours.</summary>
    /// <param name="start">When working hours begin.</param>
    /// <param name="end">When they end, after <paramref name="start"/>.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="DomainRuleViolationException">The hours are empty (<see cref="DemandRules.WorkingCalendarIsWellFormed"/>).</exception>
    public WorkingCalendar WithWorkingHours(LocalTime start, LocalTime end) =>
        end > start
            ? new WorkingCalendar(Zone, start, end, _overrides, _years)
            : throw new DomainRuleViolationException(DemandRules.WorkingCalendarIsWellFormed, "Working hours end after they begin.");

    /// <summary>
    /// The end of working hours on the <paramref name="days"/>-th working day after the day <paramref name="start"/>
    /// falls on (a case taken in on Friday with 1 working day is due at Monday's close, holidays skipped).
    /// </summary>
    /// <param name="start">When the count starts.</param>
    /// <param name="days">The number of working days, at least 1.</param>
    /// <returns>The due instant, on a working day.</returns>
    /// <exception cref="DomainRuleViolationException">The number is not positive (<see cref="DemandRules.StageTimeLimitIsPositive"/>).</exception>
    public Instant AddWorkingDays(Instant start, int days)
    {
        Positive(days);
        var date = start.InZone(Zone).Date;
        for (var left = days; left > 0;)
        {
            date = date.PlusDays(1);
            if (IsWorkingDay(date))
            {
                left--;
            }
        }

        return At(date, WorkEnds);
    }

    /// <summary>
    /// The instant at which <paramref name="hours"/> working hours have passed since <paramref name="start"/>,
    /// counting only working hours of working days (a start outside them counts from the next working hour).
    /// </summary>
    /// <param name="start">When the count starts.</param>
    /// <param name="hours">The number of working hours, at least 1.</param>
    /// <returns>The due instant, within the working hours of a working day.</returns>
    /// <exception cref="DomainRuleViolationException">The number is not positive (<see cref="DemandRules.StageTimeLimitIsPositive"/>).</exception>
    public Instant AddWorkingHours(Instant start, int hours)
    {
        Positive(hours);
        var left = Duration.FromHours(hours);
        var local = start.InZone(Zone).LocalDateTime;
        var date = local.Date;
        var from = local.TimeOfDay;
        while (true)
        {
            if (IsWorkingDay(date) && from < WorkEnds)
            {
                var begin = from < WorkStarts ? WorkStarts : from;
                var available = Period.Between(begin, WorkEnds, PeriodUnits.Nanoseconds).ToDuration();
                if (left <= available)
                {
                    return At(date, begin.PlusNanoseconds(left.ToInt64Nanoseconds()));
                }

                left -= available;
            }

            date = date.PlusDays(1);
            from = LocalTime.Midnight;
        }
    }

    /// <summary>The due instant of a limit counted from <paramref name="start"/>.</summary>
    /// <param name="start">When the count starts.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The due instant, on a working day.</returns>
    /// <exception cref="DomainRuleViolationException">The limit is the default value or its unit unknown.</exception>
    public Instant Add(Instant start, StageTimeLimit limit) => limit.Unit switch
    {
        TimeLimitUnit.WorkingDays => AddWorkingDays(start, limit.Amount),
        TimeLimitUnit.WorkingHours => AddWorkingHours(start, limit.Amount),
        _ => throw new DomainRuleViolationException(DemandRules.StageTimeLimitIsPositive, "A time limit is a positive number of working days or hours."),
    };

    /// <summary>Reads a year table in the shape of data/china-holidays: a <c>date,kind,name</c> header, then one row per day, kind <c>holiday</c> or <c>workday</c>.</summary>
    /// <param name="csv">The table.</param>
    /// <returns>A copy of this calendar with every year of the table added by <see cref="WithYear"/>.</returns>
    /// <exception cref="DomainRuleViolationException">A row is malformed, or a year's days clash (<see cref="DemandRules.WorkingCalendarIsWellFormed"/>).</exception>
    public WorkingCalendar WithYears(TextReader csv)
    {
        Guard.Against.MissingValue(csv);
        var rows = new List<(LocalDate Date, bool Working)>();
        var header = csv.ReadLine();
        if (header != "date,kind,name")
        {
            throw new DomainRuleViolationException(DemandRules.WorkingCalendarIsWellFormed, "A holiday table starts with the header 'date,kind,name'.");
        }

        while (csv.ReadLine() is { } line)
        {
            var cells = line.Split(',');
            if (cells.Length != 3 || !DateTime.TryParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || cells[1] is not ("holiday" or "workday"))
            {
                throw new DomainRuleViolationException(DemandRules.WorkingCalendarIsWellFormed, $"A holiday table row is 'yyyy-MM-dd,holiday|workday,name', not '{line}'.");
            }

            rows.Add((LocalDate.FromDateTime(day), cells[1] == "workday"));
        }

        var calendar = this;
        foreach (var year in rows.GroupBy(r => r.Date.Year))
        {
            calendar = calendar.WithYear(year.Key, year.Where(r => !r.Working).Select(r => r.Date), year.Where(r => r.Working).Select(r => r.Date));
        }

        return calendar;
    }

    private WorkingCalendar WithOverride(LocalDate date, bool working)
    {
        var overrides = new Dictionary<LocalDate, bool>(_overrides) { [date] = working };
        return new WorkingCalendar(Zone, WorkStarts, WorkEnds, overrides.ToFrozenDictionary(), _years);
    }

    private Instant At(LocalDate date, LocalTime time) => (date + time).InZoneLeniently(Zone).ToInstant();

    private static void Positive(int amount)
    {
        if (amount <= 0)
        {
            throw new DomainRuleViolationException(DemandRules.StageTimeLimitIsPositive, "A time limit is a positive number of working days or hours.");
        }
    }

    private static WorkingCalendar LoadChina()
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream("CommunityGovernance.Demands.china-holidays.csv")
            ?? throw new InvalidOperationException("The embedded China holiday table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Weekdays(DateTimeZoneProviders.Tzdb["Asia/Shanghai"], new LocalTime(9, 0), new LocalTime(17, 0)).WithYears(reader);
    }
}
