using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using NodaTime;

namespace CommunityGovernance.Communities.Directory;

/// <summary>
/// Read-only answers about what exists: which units (districts, streets, administrative communities, living
/// communities) are established and which actors are registered, at an instant. Commands that name a unit or an actor
/// the caller passes in take it as input and refuse a name it does not know, as <see cref="Coverage.CoverageRegister"/>
/// takes a <see cref="Hierarchy.District"/>: <see cref="Demands.Demand.Raise(Demands.DemandId, ActorId, CommunityUnit, Demands.DemandCategory, string, string, Demands.DemandDeadlines, ICommunityDirectory, NodaTime.Instant)">Demand.Raise</see> (both overloads), <see cref="Programmes.ProgrammeFulfilment.Start"/>,
/// <see cref="Rights.GovernanceRight.Grant"/> and its delegations, <see cref="Actor.AssignResponsibility"/>.
/// </summary>
/// <remarks>
/// <see cref="CommunityDirectory"/> answers it from the events of <see cref="Hierarchy.District"/>,
/// <see cref="Living.LivingCommunity"/> and <see cref="Actor"/>, kept current from the feed or built from events at hand.
/// </remarks>
[SanctionedCrossing("The directory names units of either side by their identifiers only, and says nothing about how they overlap.")]
public interface ICommunityDirectory
{
    /// <summary>Whether the unit was established (a district, street or administrative community) or founded (a living community) at or before the instant.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> when the unit exists at that instant.</returns>
    bool IsEstablished(CommunityUnit unit, Instant at);

    /// <summary>Whether the actor was registered at or before the instant.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> when the actor is registered at that instant.</returns>
    bool IsRegistered(ActorId actor, Instant at);
}
