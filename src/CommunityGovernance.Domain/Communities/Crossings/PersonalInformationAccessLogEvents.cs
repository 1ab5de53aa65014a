using System.Text.Json.Serialization;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>A personal-information access log was opened for the personal information a living community holds.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Holder">The living community that holds the information.</param>
[SanctionedCrossing("The personal-information access log is the sanctioned data crossing.")]
public sealed record PersonalInformationAccessLogOpened(Instant OccurredAt, LivingCommunityId Holder) : DomainEvent(OccurredAt);

/// <summary>
/// The administrative side read personal information about one person held on the living side (个人信息访问记录).
/// The entry records who read, about whom (by id), on which basis and for what; never the datum itself.
/// </summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Requester">Who read.</param>
/// <param name="Subject">About whom, by actor id.</param>
/// <param name="Basis">The legal basis.</param>
/// <param name="BasisReference">The consent record, statute or emergency the basis rests on.</param>
/// <param name="Purpose">What it was read for.</param>
/// <param name="Ground">What gave the requester its reach; <see langword="null"/> in entries stored before it was recorded.</param>
/// <param name="GroundScope">The covering community (for <see cref="AccessGround.Jurisdiction"/>) or the duty's scope (for <see cref="AccessGround.StatutoryScope"/>).</param>
[SanctionedCrossing("The personal-information access log is the sanctioned data crossing.")]
public sealed record PersonalInformationAccessed(
    Instant OccurredAt,
    ActorId Requester,
    ActorId Subject,
    LegalBasis Basis,
    string BasisReference,
    string Purpose,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AccessGround? Ground = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AreaCode? GroundScope = null) : DomainEvent(OccurredAt);
