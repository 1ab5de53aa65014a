using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// A governance right was renewed (续期): its validity now ends later, still within the validity of the right it
/// was delegated from. Rights delegated from it keep their own validity.
/// </summary>
/// <param name="OccurredAt">When it was renewed.</param>
/// <param name="Right">The right.</param>
/// <param name="NewEnd">The new, exclusive end.</param>
public sealed record GovernanceRightValidityExtended(Instant OccurredAt, GovernanceRightId Right, Instant NewEnd)
    : DomainEvent(OccurredAt);
