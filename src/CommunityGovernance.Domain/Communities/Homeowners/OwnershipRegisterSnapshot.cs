using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>An immutable picture of an <see cref="OwnershipRegister"/>.</summary>
/// <param name="Community">The living community.</param>
/// <param name="Developer">The developer.</param>
/// <param name="Units">The exclusive units, in id order.</param>
[LivingSide]
public sealed record OwnershipRegisterSnapshot(LivingCommunityId Community, ActorId Developer, EquatableArray<ExclusiveUnit> Units);
