using System.Text.Json.Serialization;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Demands;

/// <summary>How long one stage of a demand may take (环节时限): a positive number of working days or working hours.</summary>
/// <remarks>Two limits are equal when amount and unit are equal: 1 working day is not 8 working hours. The default value is no limit and is refused wherever one is required.</remarks>
public readonly record struct StageTimeLimit
{
    /// <summary>The longest limit accepted, in either unit.</summary>
    public const int MaxAmount = 1000;

    /// <summary>A limit.</summary>
    /// <param name="amount">1 to <see cref="MaxAmount"/>.</param>
    /// <param name="unit">Working days or working hours.</param>
    /// <exception cref="DomainRuleViolationException">The amount is out of range or the unit unknown (<see cref="DemandRules.StageTimeLimitIsPositive"/>).</exception>
    [JsonConstructor]
    public StageTimeLimit(int amount, TimeLimitUnit unit)
    {
        if (amount is <= 0 or > MaxAmount || !Enum.IsDefined(unit))
        {
            throw new DomainRuleViolationException(DemandRules.StageTimeLimitIsPositive, $"A time limit is 1 to {MaxAmount} working days or working hours.");
        }

        (Amount, Unit) = (amount, unit);
    }

    /// <summary>The number of days or hours.</summary>
    public int Amount { get; }

    /// <summary>Days or hours.</summary>
    public TimeLimitUnit Unit { get; }

    /// <summary>A limit of <paramref name="days"/> working days.</summary>
    /// <param name="days">1 to <see cref="MaxAmount"/>.</param>
    /// <returns>The limit.</returns>
    public static StageTimeLimit WorkingDays(int days) => new(days, TimeLimitUnit.WorkingDays);

    /// <summary>A limit of <paramref name="hours"/> working hours.</summary>
    /// <param name="hours">1 to <see cref="MaxAmount"/>.</param>
    /// <returns>The limit.</returns>
    public static StageTimeLimit WorkingHours(int hours) => new(hours, TimeLimitUnit.WorkingHours);

    /// <summary>E.g. <c>5 working days</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Amount} working {(Unit == TimeLimitUnit.WorkingDays ? "day" : "hour")}{(Amount == 1 ? string.Empty : "s")}";
}
