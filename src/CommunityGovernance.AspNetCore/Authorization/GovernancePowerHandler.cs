using System.Diagnostics;
using CommunityGovernance.Actors;
using CommunityGovernance.AspNetCore.Diagnostics;
using CommunityGovernance.Communities;
using CommunityGovernance.Rights;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CommunityGovernance.AspNetCore.Authorization;

/// <summary>
/// Meets a <see cref="GovernancePowerRequirement"/> when the user's actor may exercise its power over the resource's
/// unit now, as the live rights index (<see cref="IGovernanceRightsQuery"/>) answers.
/// </summary>
/// <remarks>
/// <para>
/// The actor is the value of the claim <see cref="CommunityGovernanceOptions.ActorClaimType"/>. The unit is the
/// resource: a <see cref="CommunityUnit"/>, anything that names one (<see cref="INamesCommunityUnit"/>, an
/// <see cref="AreaCode"/>, an <see cref="AdministrativeCommunityId"/>, a <see cref="LivingCommunityId"/>), or, for
/// a policy on an endpoint, the <see cref="HttpContext"/>, read by <see cref="CommunityGovernanceOptions.UnitFromRequest"/>.
/// </para>
/// <para>
/// An allowed check is one lookup (<see cref="IGovernanceRightsQuery.MayExercise(ActorId, GovernancePower, CommunityUnit, Instant)"/>). A refusal asks
/// <see cref="IGovernanceRightsQuery.Explain"/> why, fails the requirement with that reason and logs it with the power and
/// the unit: the reason names rights, instants and powers, never the actor or any personal data.
/// </para>
/// <para>
/// Each check runs in a <c>governance.rights.check</c> activity tagged with the power, the unit and the outcome, and is
/// counted and timed by power and outcome (<see cref="GovernanceTelemetry"/>): never the actor.
/// </para>
/// </remarks>
public sealed partial class GovernancePowerHandler : AuthorizationHandler<GovernancePowerRequirement>
{
    private readonly IGovernanceRightsQuery _rights;
    private readonly IClock _clock;
    private readonly ILogger<GovernancePowerHandler> _logger;
    private readonly string _actorClaim;
    private readonly Func<HttpContext, CommunityUnit?> _unitFromRequest;

    /// <summary>Creates the handler.</summary>
    /// <param name="rights">The rights to answer from (the live rights index).</param>
    /// <param name="clock">The clock giving "now".</param>
    /// <param name="options">The integration's options (the actor's claim, the unit of a request).</param>
    /// <param name="logger">Where refusals are logged.</param>
    public GovernancePowerHandler(IGovernanceRightsQuery rights, IClock clock, IOptions<CommunityGovernanceOptions> options, ILogger<GovernancePowerHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rights = rights ?? throw new ArgumentNullException(nameof(rights));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _actorClaim = options.Value.ActorClaimType;
        _unitFromRequest = options.Value.UnitFromRequest;
    }

    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, GovernancePowerRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        var power = requirement.Power;
        var powerTag = new KeyValuePair<string, object?>(GovernanceTelemetry.PowerTag, GovernanceTelemetry.PowerText(power));
        // Null unless someone listens: an unobserved check allocates nothing for its trace.
        using var activity = GovernanceTelemetry.ActivitySource.StartActivity("governance.rights.check", ActivityKind.Internal);
        activity?.SetTag(powerTag.Key, powerTag.Value);
        if (UnitOf(context.Resource) is not { } target)
        {
            Refused(activity, powerTag);
            LogNoUnit(_logger, power, context.Resource?.GetType().Name ?? "null");
            context.Fail(new AuthorizationFailureReason(this, "the resource names no community unit"));
            return Task.CompletedTask;
        }

        var (unit, at) = target;
        activity?.SetTag(GovernanceTelemetry.UnitTag, GovernanceTelemetry.UnitText(unit));
        var claim = context.User.FindFirst(_actorClaim)?.Value;
        if (ActorOf(claim) is not { } actor)
        {
            Refused(activity, powerTag);
            LogNoActor(_logger, power, GovernanceTelemetry.UnitText(unit), _actorClaim);
            context.Fail(new AuthorizationFailureReason(this, $"the user carries no actor claim '{_actorClaim}'"));
            return Task.CompletedTask;
        }

        var now = at ?? _clock.GetCurrentInstant();
        var started = Stopwatch.GetTimestamp();
        var allowed = _rights.MayExercise(actor, power, unit, now);
        var outcome = new KeyValuePair<string, object?>(GovernanceTelemetry.OutcomeTag, allowed ? "allowed" : "refused");
        GovernanceTelemetry.RightsChecks.Add(1, powerTag, outcome);
        GovernanceTelemetry.RightsCheckDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, powerTag, outcome);
        activity?.SetTag(outcome.Key, outcome.Value);
        if (allowed)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        var reason = _rights.Explain(actor, power, unit, now).Reason;

        // The unit's text only for someone who reads it: a trace listening, or the log at its level.
        if (Activity.Current is { } current)
        {
            current.AddEvent(new ActivityEvent("governance.rights.refused", tags: new ActivityTagsCollection
            {
                { GovernanceTelemetry.PowerTag, GovernanceTelemetry.PowerText(power) },
                { GovernanceTelemetry.UnitTag, GovernanceTelemetry.UnitText(unit) },
            }));
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            LogRefused(_logger, power, GovernanceTelemetry.UnitText(unit), reason);
        }

        context.Fail(new AuthorizationFailureReason(this, reason));
        return Task.CompletedTask;
    }

    // A check refused before the index is asked (no unit, no actor): counted and traced as refused, not timed.
    private static void Refused(Activity? activity, KeyValuePair<string, object?> power)
    {
        var refused = new KeyValuePair<string, object?>(GovernanceTelemetry.OutcomeTag, "refused");
        activity?.SetTag(refused.Key, refused.Value);
        GovernanceTelemetry.RightsChecks.Add(1, power, refused);
    }

    private static ActorId? ActorOf(string? claim)
    {
        if (string.IsNullOrWhiteSpace(claim))
        {
            return null;
        }

        try
        {
            return new ActorId(claim);
        }
        catch (Kernel.DomainException)
        {
            return null; // A malformed claim names no actor, so it holds no right.
        }
    }

    private (CommunityUnit Unit, Instant? At)? UnitOf(object? resource) => resource switch
    {
        CommunityUnit unit => (unit, null),
        INamesCommunityUnit named => (named.Unit, named.At),
        AreaCode area => (CommunityUnit.Administrative(area), null),
        AdministrativeCommunityId community => (CommunityUnit.Administrative(community), null),
        LivingCommunityId living => (CommunityUnit.Living(living), null),
        HttpContext http => _unitFromRequest(http) is { } unit ? (unit, null) : null,
        _ => null,
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Refused {Power} over {Unit}: {Reason}")]
    private static partial void LogRefused(ILogger logger, GovernancePower power, string unit, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Refused {Power} over {Unit}: the user carries no actor claim '{Claim}'")]
    private static partial void LogNoActor(ILogger logger, GovernancePower power, string unit, string claim);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Refused {Power}: the resource ({Resource}) names no community unit")]
    private static partial void LogNoUnit(ILogger logger, GovernancePower power, string resource);
}
