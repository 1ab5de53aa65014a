using Ardalis.GuardClauses;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

/// <summary>
/// How long each category of demand may wait for an answer (办理时限), counted from the instant it is raised.
/// A demand fixes its due instant when it is raised, so changing the policy later never re-times old demands.
/// </summary>
/// <remarks>
/// <para>The <see cref="Default"/> policy is a starting point, to be set by each district with <see cref="With"/>:</para>
/// <list type="table">
/// <item><term>stability and order</term><description>1 day: disorder and safety hazards do not wait.</description></item>
/// <item><term>public service, orderly interaction</term><description>7 days.</description></item>
/// <item><term>public belonging, public participation</term><description>15 days.</description></item>
/// <item><term>re-organisation, administrative and social resource allocation</term><description>30 days: they need decisions above the community.</description></item>
/// </list>
/// <para>This type is immutable.</para>
/// </remarks>
public sealed class DemandDeadlines
{
    private readonly Duration[] _byCategory;

    private DemandDeadlines(Duration[] byCategory) => _byCategory = byCategory;

    /// <summary>The default policy described in the remarks.</summary>
    public static DemandDeadlines Default { get; } = new(
    [
        Duration.Zero,
        Duration.FromDays(1),
        Duration.FromDays(30),
        Duration.FromDays(7),
        Duration.FromDays(15),
        Duration.FromDays(7),
        Duration.FromDays(15),
        Duration.FromDays(30),
        Duration.FromDays(30),
    ]);

    /// <summary>The time a demand of <paramref name="category"/> may wait for an answer.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The deadline, a positive duration.</returns>
    /// <exception cref="DomainRuleViolationException">The category is unknown.</exception>
    public Duration For(DemandCategory category) => _byCategory[(int)Guard.Against.UnknownValue(category, DemandRules.CategoryIsKnown)];

    /// <summary>A copy of this policy with another deadline for one category.</summary>
    /// <param name="category">The category.</param>
    /// <param name="deadline">The new deadline, a positive duration.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="DomainRuleViolationException">The category is unknown or the deadline not positive.</exception>
    public DemandDeadlines With(DemandCategory category, Duration deadline)
    {
        Guard.Against.UnknownValue(category, DemandRules.CategoryIsKnown);
        if (deadline <= Duration.Zero)
        {
            throw new DomainRuleViolationException(DemandRules.DeadlineIsPositive, $"The deadline for {category} demands must be positive.");
        }

        var copy = (Duration[])_byCategory.Clone();
        copy[(int)category] = deadline;
        return new DemandDeadlines(copy);
    }
}
