using System.Diagnostics;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.AspNetCore.Diagnostics;

/// <summary>
/// Runs a command (load, decide, save) inside a <c>governance.command</c> activity and counts it, tagged with the
/// command's name, its unit and, when a rule refuses it, the rule.
/// </summary>
public static class GovernanceCommand
{
    /// <summary>Runs <paramref name="command"/>, tracing and counting it; exceptions pass through unchanged.</summary>
    /// <typeparam name="T">What the command returns.</typeparam>
    /// <param name="name">The command's name, e.g. <c>Demand.Route</c>.</param>
    /// <param name="unit">The unit the command is about.</param>
    /// <param name="command">The command.</param>
    /// <returns>What the command returned.</returns>
    public static async Task<T> RunAsync<T>(string name, CommunityUnit unit, Func<Task<T>> command)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(command);
        using var activity = GovernanceTelemetry.ActivitySource.StartActivity("governance.command " + name, ActivityKind.Internal);
        var unitText = GovernanceTelemetry.UnitText(unit);
        activity?.SetTag(GovernanceTelemetry.CommandTag, name);
        activity?.SetTag(GovernanceTelemetry.UnitTag, unitText);
        var started = Stopwatch.GetTimestamp();
        string outcome = "failed";
        string? rule = null;
        try
        {
            var result = await command().ConfigureAwait(false);
            outcome = "done";
            return result;
        }
        catch (ConcurrencyConflictException)
        {
            outcome = "conflict";
            throw;
        }
        catch (DomainException exception)
        {
            outcome = "refused";
            rule = exception.Rule;
            throw;
        }
        finally
        {
            activity?.SetTag(GovernanceTelemetry.OutcomeTag, outcome);
            if (rule is not null)
            {
                activity?.SetTag(GovernanceTelemetry.RuleTag, rule);
                activity?.SetStatus(ActivityStatusCode.Error, rule);
            }

            var tags = new TagList
            {
                { GovernanceTelemetry.CommandTag, name },
                { GovernanceTelemetry.OutcomeTag, outcome },
                { GovernanceTelemetry.UnitTag, unitText },
            };
            if (rule is not null)
            {
                tags.Add(GovernanceTelemetry.RuleTag, rule);
            }

            GovernanceTelemetry.Commands.Add(1, tags);
            GovernanceTelemetry.CommandDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
