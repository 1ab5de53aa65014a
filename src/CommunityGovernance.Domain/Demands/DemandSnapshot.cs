using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

/// <summary>
/// An immutable copy of a <see cref="Demand"/>'s state, with value equality: a rebuilt demand's snapshot equals
/// the live one's, and a rejected command leaves it unchanged.
/// </summary>
/// <param name="Id">The demand's id.</param>
/// <param name="Raiser">The raiser.</param>
/// <param name="Subject">The unit it is about.</param>
/// <param name="Category">The category.</param>
/// <param name="Subcategory">The subcategory.</param>
/// <param name="Text">What is asked.</param>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="DueAt">When an answer is due.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Assignee">The current assignee, if routed.</param>
/// <param name="Answer">The latest answer, if any.</param>
/// <param name="Reasons">The latest reasons, if any.</param>
/// <param name="Evaluation">The raiser's evaluation, if closed.</param>
/// <param name="FirstAnsweredAt">When first answered, if answered.</param>
/// <param name="BuckPassingCount">How often it was routed on (推诿).</param>
/// <param name="ReworkCount">How often a response was sent back (返工).</param>
/// <param name="Steps">Every step, in order.</param>
public sealed record DemandSnapshot(
    DemandId Id,
    ActorId Raiser,
    CommunityUnit Subject,
    DemandCategory Category,
    string Subcategory,
    string Text,
    Instant RaisedAt,
    Instant DueAt,
    DemandStatus Status,
    ActorId? Assignee,
    string? Answer,
    string? Reasons,
    DemandEvaluation? Evaluation,
    Instant? FirstAnsweredAt,
    int BuckPassingCount,
    int ReworkCount,
    EquatableArray<DemandStep> Steps)
{
    /// <summary>The catalogue's service it was raised under, or <see langword="null"/>.</summary>
    public ServiceCode? Service { get; init; }

    /// <summary>How it was taken in, or <see langword="null"/> when not recorded.</summary>
    public DemandIntake? Intake { get; init; }
}
