using System.Text.Json.Serialization;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Demands;

/// <summary>A demand was raised (诉求提出).</summary>
/// <param name="Demand">The demand.</param>
/// <param name="Raiser">The actor raising it.</param>
/// <param name="Subject">The unit it is about.</param>
/// <param name="Category">Its category.</param>
/// <param name="Subcategory">Its subcategory, the vendor's finer label (e.g. 噪音扰民).</param>
/// <param name="Text">What is asked, in the raiser's words.</param>
/// <param name="DueAt">When an answer is due, by the deadline policy in force when raised.</param>
/// <param name="OccurredAt">When it was raised.</param>
/// <param name="Service">The catalogue's service it was raised under, or <see langword="null"/> (and in events stored before the catalogue existed).</param>
/// <param name="Channel">How it came in, or <see langword="null"/> when not recorded.</param>
/// <param name="Urgency">How urgent it is, or <see langword="null"/> when not recorded.</param>
/// <param name="Location">Where the matter is, or <see langword="null"/>. Personal data.</param>
/// <param name="Media">References to photos or recordings, or <see langword="null"/> for none. Personal data.</param>
public sealed record DemandRaised(
    DemandId Demand,
    [property: DataSubject] ActorId Raiser,
    CommunityUnit Subject,
    DemandCategory Category,
    string Subcategory,
    string Text,
    Instant DueAt,
    Instant OccurredAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ServiceCode? Service = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IntakeChannel? Channel = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DemandUrgency? Urgency = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), PersonalData] DemandLocation? Location = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), PersonalData] EquatableArray<MediaReference>? Media = null) : DomainEvent(OccurredAt);

/// <summary>A demand was accepted (受理).</summary>
/// <param name="Demand">The demand.</param>
/// <param name="By">The accepting actor.</param>
/// <param name="Note">The note, possibly empty.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DemandAccepted(DemandId Demand, ActorId By, string Note, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>A demand was routed, or routed on, to an actor (派单, 转办).</summary>
/// <param name="Demand">The demand.</param>
/// <param name="By">The routing actor.</param>
/// <param name="To">The new assignee.</param>
/// <param name="Note">The note, possibly empty.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DemandRouted(DemandId Demand, ActorId By, ActorId To, string Note, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>The assignee started work on a demand (办理).</summary>
/// <param name="Demand">The demand.</param>
/// <param name="By">The assignee.</param>
/// <param name="Note">The note, possibly empty.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DemandWorkStarted(DemandId Demand, ActorId By, string Note, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>The assignee answered a demand with reasons (答复).</summary>
/// <param name="Demand">The demand.</param>
/// <param name="By">The assignee.</param>
/// <param name="Answer">The answer.</param>
/// <param name="Reasons">The reasons for it.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DemandResponded(DemandId Demand, ActorId By, string Answer, string Reasons, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>A response was sent back for rework (返工).</summary>
/// <param name="Demand">The demand.</param>
/// <param name="By">The actor sending it back.</param>
/// <param name="Note">Why, possibly empty.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DemandReturnedForRework(DemandId Demand, ActorId By, string Note, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>The raiser closed a demand with an evaluation (办结评价).</summary>
/// <param name="Demand">The demand.</param>
/// <param name="By">The raiser.</param>
/// <param name="Evaluation">Satisfied or not.</param>
/// <param name="Note">The note, possibly empty.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DemandClosed(DemandId Demand, ActorId By, DemandEvaluation Evaluation, string Note, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>A demand was rejected with reasons (驳回).</summary>
/// <param name="Demand">The demand.</param>
/// <param name="By">The rejecting actor.</param>
/// <param name="Reasons">The reasons.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DemandRejected(DemandId Demand, ActorId By, string Reasons, Instant OccurredAt) : DomainEvent(OccurredAt);

/// <summary>The raiser withdrew a demand (撤回).</summary>
/// <param name="Demand">The demand.</param>
/// <param name="By">The raiser.</param>
/// <param name="Note">The note, possibly empty.</param>
/// <param name="OccurredAt">When.</param>
public sealed record DemandWithdrawn(DemandId Demand, ActorId By, string Note, Instant OccurredAt) : DomainEvent(OccurredAt);
