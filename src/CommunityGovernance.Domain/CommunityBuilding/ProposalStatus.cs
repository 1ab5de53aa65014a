using CommunityGovernance.Boundaries;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>Where a proposal stands in its process.</summary>
[SanctionedCrossing(PlatformCrossing.Reason)]
public enum ProposalStatus
{
    /// <summary>Raised and standing, not (yet) admitted to the vote.</summary>
    Raised = 1,

    /// <summary>Merged into a similar proposal, which carries its supporters and demands on.</summary>
    Merged = 2,

    /// <summary>Admitted to the budget vote by the deliberative body, with its cost; not yet counted.</summary>
    Admitted = 3,

    /// <summary>Chosen by the count: a project with an allocation.</summary>
    Chosen = 4,

    /// <summary>Admitted but not chosen by the count.</summary>
    NotChosen = 5,

    /// <summary>A chosen project completed, with evidence.</summary>
    Completed = 6,
}
