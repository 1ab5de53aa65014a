using System.Diagnostics;
using System.Diagnostics.Metrics;
using CommunityGovernance.Communities;
using CommunityGovernance.Rights;

namespace CommunityGovernance.AspNetCore.Diagnostics;

/// <summary>
/// The library's traces and metrics: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named
/// <see cref="Name"/>, so that OpenTelemetry (or <c>dotnet-counters</c>) picks them up by that name alone.
/// </summary>
/// <remarks>
/// Commands, rights checks, store appends and projection batches are traced and counted. Their tags name the rule, the
/// power, the unit, the command, the stream kind or the projection: never an actor, a stream key or any personal data.
/// </remarks>
public static class GovernanceTelemetry
{
    /// <summary>The name of the activity source and of the meter: <c>CommunityGovernance</c>.</summary>
    public const string Name = "CommunityGovernance";

    /// <summary>The tag naming a governance rule (<c>governance.rule</c>).</summary>
    public const string RuleTag = "governance.rule";

    /// <summary>The tag naming a governance power (<c>governance.power</c>).</summary>
    public const string PowerTag = "governance.power";

    /// <summary>The tag naming a community unit in its text form (<c>governance.unit</c>).</summary>
    public const string UnitTag = "governance.unit";

    /// <summary>The tag naming a command (<c>governance.command</c>).</summary>
    public const string CommandTag = "governance.command";

    /// <summary>The tag giving an outcome: <c>allowed</c>/<c>refused</c> for checks, <c>done</c>/<c>refused</c>/<c>conflict</c>/<c>failed</c> for commands (<c>governance.outcome</c>).</summary>
    public const string OutcomeTag = "governance.outcome";

    /// <summary>The tag naming a stream's kind, which is its aggregate's kind, never its key (<c>governance.stream_kind</c>).</summary>
    public const string StreamKindTag = "governance.stream_kind";

    /// <summary>The tag naming a projection (<c>governance.projection</c>).</summary>
    public const string ProjectionTag = "governance.projection";

    /// <summary>The tag counting the events of an append or a projection batch (<c>governance.events</c>).</summary>
    public const string EventsTag = "governance.events";

    /// <summary>The library's activity source.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name, typeof(GovernanceTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>The library's meter.</summary>
    public static Meter Meter { get; } = new(Name, typeof(GovernanceTelemetry).Assembly.GetName().Version?.ToString());

    internal static Counter<long> RightsChecks { get; } = Meter.CreateCounter<long>("governance.rights.checks", "{check}", "Rights checks answered by the live rights index, by power and outcome.");

    internal static Counter<long> Commands { get; } = Meter.CreateCounter<long>("governance.commands", "{command}", "Commands run, by command, outcome and the rule that refused them.");

    internal static Histogram<double> CommandDuration { get; } = Meter.CreateHistogram<double>("governance.command.duration", "s", "How long a command took, load and save included.");

    internal static Histogram<double> RightsCheckDuration { get; } = Meter.CreateHistogram<double>("governance.rights.check.duration", "s", "How long a rights check took through the authorization handler, by power and outcome.");

    internal static Counter<long> Appends { get; } = Meter.CreateCounter<long>("governance.store.appends", "{append}", "Appends to the store, by stream kind, outcome and the rule that refused them.");

    internal static Counter<long> AppendedEvents { get; } = Meter.CreateCounter<long>("governance.store.appended_events", "{event}", "Events appended to the store, by stream kind.");

    internal static Histogram<double> AppendDuration { get; } = Meter.CreateHistogram<double>("governance.store.append.duration", "s", "How long an append took, by stream kind.");

    internal static Counter<long> ProjectedEvents { get; } = Meter.CreateCounter<long>("governance.projection.events", "{event}", "Events applied by a projection, by projection.");

    internal static Histogram<double> ProjectionDuration { get; } = Meter.CreateHistogram<double>("governance.projection.apply.duration", "s", "How long a projection took to apply a batch, by projection and outcome.");

    /// <summary>The text form of a unit as tags carry it: <c>administrative:510115004001</c> or <c>living:GUANGHUA-YIJIA</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>Its text form.</returns>
    public static string UnitText(CommunityUnit unit) =>
        unit.IsLiving ? "living:" + unit.LivingCommunityId.Value : unit.IsAdministrative ? "administrative:" + unit.AreaCode : "none";

    internal static string PowerText(GovernancePower power) => power switch
    {
        GovernancePower.ResourceAllocation => nameof(GovernancePower.ResourceAllocation),
        GovernancePower.TaskSetting => nameof(GovernancePower.TaskSetting),
        GovernancePower.TimeScheduling => nameof(GovernancePower.TimeScheduling),
        GovernancePower.InspectionAndAssessment => nameof(GovernancePower.InspectionAndAssessment),
        _ => "unknown",
    };
}
