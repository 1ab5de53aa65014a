using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Testing.Rights;

/// <summary>One question to a rights check: may <paramref name="Actor"/> exercise <paramref name="Power"/> over <paramref name="Unit"/> at <paramref name="At"/>?</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Power">The power.</param>
/// <param name="Unit">The unit.</param>
/// <param name="At">The instant.</param>
public sealed record RightsQuery(ActorId Actor, GovernancePower Power, CommunityUnit Unit, Instant At)
{
    /// <summary>Asks <paramref name="rights"/> this question.</summary>
    /// <param name="rights">The check to ask.</param>
    /// <returns>Its answer.</returns>
    public bool AskOf(IGovernanceRightsQuery rights)
    {
        ArgumentNullException.ThrowIfNull(rights);
        return rights.MayExercise(Actor, Power, Unit, At);
    }
}
