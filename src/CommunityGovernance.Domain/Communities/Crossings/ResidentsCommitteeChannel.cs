using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.Crossings;

/// <summary>
/// The channel a crossing goes through: the residents' committee (居委会) of an administrative community, the
/// bridge that is at once a self-governance body and the carrier of administrative work.
/// </summary>
/// <remarks>
/// A crossing whose channel names no committee or no community is refused with
/// <see cref="CommunityRules.CrossingGoesThroughChannel"/>; the default value is such a channel.
/// </remarks>
/// <param name="ResidentsCommittee">The residents' committee, as an actor.</param>
/// <param name="Jurisdiction">The administrative community it is the committee of.</param>
[SanctionedCrossing("The residents' committee is the sanctioned bridge between the two sides.")]
public readonly record struct ResidentsCommitteeChannel(ActorId ResidentsCommittee, AdministrativeCommunityId Jurisdiction)
{
    /// <summary>Whether the channel names both a committee and its community.</summary>
    public bool IsComplete => ResidentsCommittee.Value.Length != 0 && Jurisdiction.AreaCode.Level == AdministrativeLevel.Community;
}
