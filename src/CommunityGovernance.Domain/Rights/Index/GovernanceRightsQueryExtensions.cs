using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>Asking a rights check about the present moment, read from an <see cref="IClock"/>.</summary>
public static class GovernanceRightsQueryExtensions
{
    /// <summary>Whether <paramref name="actor"/> may exercise <paramref name="power"/> over <paramref name="unit"/> now.</summary>
    /// <param name="rights">The check.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="power">The power.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="clock">The clock that says what "now" is.</param>
    /// <returns><see langword="true"/> when some live right of the actor confers the power over the unit now.</returns>
    public static bool MayExerciseNow(this IGovernanceRightsQuery rights, ActorId actor, GovernancePower power, CommunityUnit unit, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(clock);
        return rights.MayExercise(actor, power, unit, clock.GetCurrentInstant());
    }

    /// <summary>Every power <paramref name="actor"/> may exercise over <paramref name="unit"/> now.</summary>
    /// <param name="rights">The check.</param>
    /// <param name="actor">The actor.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="clock">The clock that says what "now" is.</param>
    /// <returns>The union of the powers of the actor's live rights over the unit.</returns>
    public static GovernancePowers PowersOverNow(this IGovernanceRightsQuery rights, ActorId actor, CommunityUnit unit, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(clock);
        return rights.PowersOver(actor, unit, clock.GetCurrentInstant());
    }
}
