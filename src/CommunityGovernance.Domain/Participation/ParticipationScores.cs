using CommunityGovernance.Kernel;

namespace CommunityGovernance.Participation;

/// <summary>
/// The three scores of a participation profile, each from 0 to <see cref="ParticipationScoring.MaxScore"/>.
/// </summary>
/// <remarks>Two score sets are equal when all three scores are equal.</remarks>
/// <param name="Willingness">The willingness score (参与意愿).</param>
/// <param name="Action">The action score (参与行动).</param>
/// <param name="Capability">The capability score (参与能力).</param>
public readonly record struct ParticipationScores(int Willingness, int Action, int Capability)
{
    /// <summary>
    /// Whether this is a complete participation experience (完整的参与体验): every dimension reaches
    /// <see cref="ParticipationScoring.CompleteThreshold"/>.
    /// </summary>
    public bool IsComplete => Reaches(ParticipationDimension.Willingness) && Reaches(ParticipationDimension.Action) && Reaches(ParticipationDimension.Capability);

    /// <summary>The score of one dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>Its score.</returns>
    /// <exception cref="DomainRuleViolationException">The dimension is not listed.</exception>
    public int Of(ParticipationDimension dimension) => dimension switch
    {
        ParticipationDimension.Willingness => Willingness,
        ParticipationDimension.Action => Action,
        ParticipationDimension.Capability => Capability,
        _ => throw new DomainRuleViolationException(ParticipationRules.DimensionIsKnown, $"'{(int)dimension}' is not a participation dimension."),
    };

    /// <summary>Whether one dimension is good enough: its score reaches <see cref="ParticipationScoring.CompleteThreshold"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns><see langword="true"/> when good enough.</returns>
    /// <exception cref="DomainRuleViolationException">The dimension is not listed.</exception>
    public bool Reaches(ParticipationDimension dimension) => Of(dimension) >= ParticipationScoring.CompleteThreshold;
}
