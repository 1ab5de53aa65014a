using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Storage;

// Vendor-style events: they exercise every shared value object the serializer must carry.
public sealed record UnitSurveyed(
    Instant OccurredAt,
    AreaCode Street,
    AdministrativeCommunityId Community,
    LivingCommunityId Compound,
    CommunityUnit Subject,
    ActorId Surveyor,
    EquatableArray<AreaCode> Visited,
    CommunitySide Side,
    Interval Period,
    LocalDate Day,
    Duration Took) : DomainEvent(OccurredAt);

public sealed record ResidentContacted(Instant OccurredAt, ActorId Resident, [PersonalData] string PhoneNumber, string Topic) : DomainEvent(OccurredAt)
{
    // Version 2 split the former 'note' into 'topic'; version 1 data is upcast by NoteBecameTopic.
    public override int SchemaVersion => 2;
}
