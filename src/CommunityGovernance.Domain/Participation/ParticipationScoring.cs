using Ardalis.GuardClauses;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Participation;

/// <summary>
/// The documented scoring rule of participation profiles: how recorded evidence becomes the three bounded scores,
/// and when the three together make a complete participation experience.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Willingness (参与意愿)</b> = <see cref="PointsPerWillingnessLevel"/> × the level (0–4) of the latest
/// stated willingness, latest by the day it was stated and then by the order recorded; 0 when none was stated.
/// Willingness is what the person says now, so a later statement replaces an earlier one.</item>
/// <item><b>Action (参与行动)</b> = the sum of the action evidence's points, capped at <see cref="MaxScore"/>:
/// meeting attended 10, vote cast 10, volunteered 20, proposal made 25. Proposals weigh most because they set
/// the agenda rather than follow it.</item>
/// <item><b>Capability (参与能力)</b> = the sum of the capability evidence's points, capped at
/// <see cref="MaxScore"/>: training completed 30, role held 40.</item>
/// <item><b>Complete</b> exactly when all three scores reach <see cref="CompleteThreshold"/> (60): stated
/// willingness of level 3 or more, for instance two proposals and a volunteering, and a training and a prior
/// role.</item>
/// </list>
/// </remarks>
public static class ParticipationScoring
{
    /// <summary>The highest score of any dimension; the lowest is 0.</summary>
    public const int MaxScore = 100;

    /// <summary>The score every dimension must reach for a complete participation experience.</summary>
    public const int CompleteThreshold = 60;

    /// <summary>The highest level of stated willingness (非常愿意); the lowest, 0, is 不愿意.</summary>
    public const int MaxWillingnessLevel = 4;

    /// <summary>The willingness points per level of stated willingness.</summary>
    public const int PointsPerWillingnessLevel = MaxScore / MaxWillingnessLevel;

    /// <summary>The points one piece of action or capability evidence adds to its dimension (0 for stated willingness).</summary>
    /// <param name="kind">The evidence kind.</param>
    /// <returns>The points.</returns>
    /// <exception cref="DomainRuleViolationException">The kind is unknown.</exception>
    public static int PointsOf(EvidenceKind kind) => kind switch
    {
        EvidenceKind.StatedWillingness => 0,
        EvidenceKind.MeetingAttended => 10,
        EvidenceKind.VoteCast => 10,
        EvidenceKind.Volunteered => 20,
        EvidenceKind.ProposalMade => 25,
        EvidenceKind.TrainingCompleted => 30,
        EvidenceKind.RoleHeld => 40,
        _ => throw UnknownKind(kind),
    };

    /// <summary>The dimension a kind of evidence feeds.</summary>
    /// <param name="kind">The evidence kind.</param>
    /// <returns>Its dimension.</returns>
    /// <exception cref="DomainRuleViolationException">The kind is unknown.</exception>
    public static ParticipationDimension DimensionOf(EvidenceKind kind) => kind switch
    {
        EvidenceKind.StatedWillingness => ParticipationDimension.Willingness,
        EvidenceKind.MeetingAttended or EvidenceKind.VoteCast or EvidenceKind.Volunteered or EvidenceKind.ProposalMade => ParticipationDimension.Action,
        EvidenceKind.TrainingCompleted or EvidenceKind.RoleHeld => ParticipationDimension.Capability,
        _ => throw UnknownKind(kind),
    };

    /// <summary>Scores a body of evidence by the rule in the remarks.</summary>
    /// <param name="evidence">The evidence, in the order recorded.</param>
    /// <returns>The three scores.</returns>
    /// <exception cref="DomainRuleViolationException">The evidence is missing.</exception>
    public static ParticipationScores Score(IEnumerable<ParticipationEvidence> evidence)
    {
        Guard.Against.MissingValue(evidence);
        ParticipationEvidence? latestStatement = null;
        int action = 0, capability = 0;
        foreach (var item in evidence)
        {
            switch (DimensionOf(item.Kind))
            {
                case ParticipationDimension.Willingness:
                    latestStatement = latestStatement is null || item.OccurredOn >= latestStatement.OccurredOn ? item : latestStatement;
                    break;
                case ParticipationDimension.Action:
                    action += PointsOf(item.Kind);
                    break;
                default:
                    capability += PointsOf(item.Kind);
                    break;
            }
        }

        var willingness = (latestStatement?.WillingnessLevel ?? 0) * PointsPerWillingnessLevel;
        return new ParticipationScores(willingness, Math.Min(action, MaxScore), Math.Min(capability, MaxScore));
    }

    internal static DomainRuleViolationException UnknownKind(EvidenceKind kind) =>
        new(ParticipationRules.EvidenceIsWellFormed, $"'{(int)kind}' is not a known kind of participation evidence.");
}
