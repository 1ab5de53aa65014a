using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Participation;

/// <summary>
/// One piece of recorded evidence of participation: a stated willingness, an action taken, or a capability
/// gained, in a community on a day, under the vendor's reference (e.g. the minutes number of a meeting).
/// </summary>
/// <remarks>Two pieces of evidence are equal when every member is equal.</remarks>
[LivingSide]
public sealed record ParticipationEvidence
{
    /// <summary>The longest reference accepted.</summary>
    public const int MaxReferenceLength = 64;

    /// <summary>Records a piece of evidence.</summary>
    /// <param name="reference">The vendor's reference, unique within a profile: 1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <param name="kind">What it shows.</param>
    /// <param name="community">The community it happened in.</param>
    /// <param name="occurredOn">The day it happened.</param>
    /// <param name="willingnessLevel">For <see cref="EvidenceKind.StatedWillingness"/> only: the level stated, 0 to <see cref="ParticipationScoring.MaxWillingnessLevel"/>.</param>
    /// <exception cref="DomainRuleViolationException">The reference is malformed, the kind unknown, the community missing, or the level missing, out of range or given for another kind (<see cref="ParticipationRules.EvidenceIsWellFormed"/>).</exception>
    public ParticipationEvidence(string reference, EvidenceKind kind, CommunityUnit community, LocalDate occurredOn, int? willingnessLevel = null)
    {
        Reference = IdentifierText.Validate(reference, ParticipationRules.EvidenceIsWellFormed, "participation evidence reference");
        var dimension = ParticipationScoring.DimensionOf(kind);
        Guard.Against.MissingUnit(community);
        if (dimension == ParticipationDimension.Willingness
            ? willingnessLevel is not (>= 0 and <= ParticipationScoring.MaxWillingnessLevel)
            : willingnessLevel is not null)
        {
            throw new DomainRuleViolationException(
                ParticipationRules.EvidenceIsWellFormed,
                $"A stated willingness carries a level from 0 to {ParticipationScoring.MaxWillingnessLevel}, and no other evidence carries one.");
        }

        Kind = kind;
        Community = community;
        OccurredOn = occurredOn;
        WillingnessLevel = willingnessLevel;
    }

    /// <summary>The vendor's reference, unique within a profile.</summary>
    public string Reference { get; }

    /// <summary>What it shows.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>The community it happened in.</summary>
    public CommunityUnit Community { get; }

    /// <summary>The day it happened.</summary>
    public LocalDate OccurredOn { get; }

    /// <summary>The stated level, for stated willingness; otherwise <see langword="null"/>.</summary>
    public int? WillingnessLevel { get; }

    /// <summary>The dimension it feeds.</summary>
    public ParticipationDimension Dimension => ParticipationScoring.DimensionOf(Kind);
}
