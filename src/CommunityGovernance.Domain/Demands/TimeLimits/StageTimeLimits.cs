using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

/// <summary>
/// The time limit of each stage of a demand (环节时限), counted on a <see cref="WorkingCalendar"/> from the instant the
/// stage starts; a stage without a limit is never overdue.
/// </summary>
/// <remarks>
/// <see cref="Default"/> follows common 12345 practice and is a starting point for a district's own: accept within 2
/// working hours, dispatch within 1 working day, handle within 5 working days, verify within 2 working days, close
/// within 3 working days. A demand keeps the limits it was raised with. Two policies are equal when every limit is
/// equal; this type is immutable.
/// </remarks>
public sealed record StageTimeLimits
{
    /// <summary>A policy.</summary>
    /// <param name="accept">The accept stage's limit, or <see langword="null"/>.</param>
    /// <param name="dispatch">The dispatch stage's limit, or <see langword="null"/>.</param>
    /// <param name="handle">The handle stage's limit, or <see langword="null"/>.</param>
    /// <param name="verify">The verify stage's limit, or <see langword="null"/>.</param>
    /// <param name="close">The close stage's limit, or <see langword="null"/>.</param>
    /// <exception cref="DomainRuleViolationException">A limit is the default value (<see cref="DemandRules.StageTimeLimitIsPositive"/>).</exception>
    [JsonConstructor]
    public StageTimeLimits(StageTimeLimit? accept, StageTimeLimit? dispatch, StageTimeLimit? handle, StageTimeLimit? verify, StageTimeLimit? close)
    {
        (Accept, Dispatch, Handle, Verify, Close) = (Checked(accept), Checked(dispatch), Checked(handle), Checked(verify), Checked(close));
    }

    /// <summary>The default policy described in the remarks.</summary>
    public static StageTimeLimits Default { get; } = new(
        StageTimeLimit.WorkingHours(2), StageTimeLimit.WorkingDays(1), StageTimeLimit.WorkingDays(5), StageTimeLimit.WorkingDays(2), StageTimeLimit.WorkingDays(3));

    /// <summary>The accept stage's limit, or <see langword="null"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StageTimeLimit? Accept { get; }

    /// <summary>The dispatch stage's limit, or <see langword="null"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StageTimeLimit? Dispatch { get; }

    /// <summary>The handle stage's limit, or <see langword="null"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StageTimeLimit? Handle { get; }

    /// <summary>The verify stage's limit, or <see langword="null"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StageTimeLimit? Verify { get; }

    /// <summary>The close stage's limit, or <see langword="null"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StageTimeLimit? Close { get; }

    /// <summary>The limit of <paramref name="stage"/>, or <see langword="null"/> when it has none.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="DomainRuleViolationException">The stage is unknown.</exception>
    public StageTimeLimit? For(DemandStage stage) => Guard.Against.UnknownValue(stage, DemandRules.StageIsKnown) switch
    {
        DemandStage.Accept => Accept,
        DemandStage.Dispatch => Dispatch,
        DemandStage.Handle => Handle,
        DemandStage.Verify => Verify,
        _ => Close,
    };

    /// <summary>A copy of this policy with another limit (or none) for one stage.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="limit">The limit, or <see langword="null"/> for none.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="DomainRuleViolationException">The stage is unknown or the limit the default value.</exception>
    public StageTimeLimits With(DemandStage stage, StageTimeLimit? limit) => Guard.Against.UnknownValue(stage, DemandRules.StageIsKnown) switch
    {
        DemandStage.Accept => new(limit, Dispatch, Handle, Verify, Close),
        DemandStage.Dispatch => new(Accept, limit, Handle, Verify, Close),
        DemandStage.Handle => new(Accept, Dispatch, limit, Verify, Close),
        DemandStage.Verify => new(Accept, Dispatch, Handle, limit, Close),
        _ => new(Accept, Dispatch, Handle, Verify, limit),
    };

    private static StageTimeLimit? Checked(StageTimeLimit? limit) =>
        limit is { Amount: 0 } ? throw new DomainRuleViolationException(DemandRules.StageTimeLimitIsPositive, "A stage's limit is a positive number of working days or hours, or none.") : limit;
}
