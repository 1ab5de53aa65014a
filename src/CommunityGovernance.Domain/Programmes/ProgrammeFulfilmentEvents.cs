using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Programmes;

/// <summary>An administrative community started fulfilling a programme of mandated items.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Programme">The programme's code.</param>
/// <param name="Community">The administrative community.</param>
/// <param name="Items">The keys of the mandated items, in number order.</param>
[AdministrativeSide]
public sealed record ProgrammeFulfilmentStarted(Instant OccurredAt, string Programme, AdministrativeCommunityId Community, EquatableArray<string> Items) : DomainEvent(OccurredAt);

/// <summary>A community recorded (or revised) its own content for a mandated item, e.g. the text of its convention.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Item">The item's key.</param>
/// <param name="Content">The community's own content.</param>
[AdministrativeSide]
public sealed record MandatedItemContentRecorded(Instant OccurredAt, string Item, string Content) : DomainEvent(OccurredAt);

/// <summary>A community added evidence for a mandated item (minutes, a photograph's reference, a registration number).</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Item">The item's key.</param>
/// <param name="Evidence">What shows the item exists, as a reference or description.</param>
/// <param name="On">The day the evidence is of.</param>
[AdministrativeSide]
public sealed record MandatedItemEvidenceAdded(Instant OccurredAt, string Item, string Evidence, LocalDate On) : DomainEvent(OccurredAt);

/// <summary>A mandated item was declared fulfilled by the community.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Item">The item's key.</param>
/// <param name="On">The day it was fulfilled.</param>
[AdministrativeSide]
public sealed record MandatedItemFulfilled(Instant OccurredAt, string Item, LocalDate On) : DomainEvent(OccurredAt);
