using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>One right in the chain that justifies an answer of the rights index: who held what, over which unit, when.</summary>
/// <param name="Right">The right's id.</param>
/// <param name="Holder">The actor that holds it.</param>
/// <param name="Source">Where the chain's original right came from.</param>
/// <param name="Powers">The powers it confers.</param>
/// <param name="Scope">The unit it applies to.</param>
/// <param name="Validity">When it is valid.</param>
public sealed record RightLink(GovernanceRightId Right, ActorId Holder, RightSource Source, GovernancePowers Powers, CommunityUnit Scope, Interval Validity);
