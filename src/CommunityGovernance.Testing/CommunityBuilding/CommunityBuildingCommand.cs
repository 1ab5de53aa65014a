using CommunityGovernance.Rights;

namespace CommunityGovernance.Testing.CommunityBuilding;

/// <summary>What a generated step of a community-building scenario attempts.</summary>
public enum CommunityBuildingStepKind
{
    /// <summary>Enrol the actor, with its tie.</summary>
    Enrol = 1,

    /// <summary>The actor raises proposal <c>P-n</c>.</summary>
    Propose = 2,

    /// <summary>The actor supports proposal <c>P-n</c>.</summary>
    Support = 3,

    /// <summary>Merge proposal <c>P-n</c> into <c>P-other</c>.</summary>
    Merge = 4,

    /// <summary>The actor attends a deliberation.</summary>
    Attend = 5,

    /// <summary>The council admits proposal <c>P-n</c> at a cost.</summary>
    Admit = 6,

    /// <summary>The actor casts a budget ballot.</summary>
    Vote = 7,

    /// <summary>The process advances to its next phase.</summary>
    Advance = 8,

    /// <summary>The actor takes a part in project <c>P-n</c> with a power.</summary>
    TakePart = 9,

    /// <summary>The actor volunteers for project <c>P-n</c>.</summary>
    Volunteer = 10,

    /// <summary>Money is spent on project <c>P-n</c>.</summary>
    Spend = 11,

    /// <summary>Project <c>P-n</c> is completed.</summary>
    Complete = 12,
}

/// <summary>One generated step of a community-building scenario; which members count depends on <see cref="Kind"/>.</summary>
/// <param name="Kind">What it attempts.</param>
/// <param name="Actor">The actor, an index into the scenario's actors (one past the last is an outsider who never enrols).</param>
/// <param name="Proposal">The proposal, as its number n in <c>P-n</c>.</param>
/// <param name="Other">For a merge, the number of the proposal merged into.</param>
/// <param name="Fen">For an admission, the cost; for a spending, the amount; in fen.</param>
/// <param name="Power">For a part, the power it uses.</param>
/// <param name="Choices">For a ballot, the numbers of the proposals chosen.</param>
public sealed record CommunityBuildingCommand(
    CommunityBuildingStepKind Kind,
    int Actor = 0,
    int Proposal = 0,
    int Other = 0,
    long Fen = 0,
    GovernancePower Power = GovernancePower.ResourceAllocation,
    IReadOnlyList<int>? Choices = null)
{
    /// <summary>The step, briefly.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        CommunityBuildingStepKind.Advance => "Advance",
        CommunityBuildingStepKind.Merge => $"Merge P-{Proposal} into P-{Other}",
        CommunityBuildingStepKind.Vote => $"Vote by {Actor} for [{string.Join(",", Choices ?? [])}]",
        CommunityBuildingStepKind.Admit or CommunityBuildingStepKind.Spend => $"{Kind} P-{Proposal} {Fen} fen",
        _ => $"{Kind} by {Actor} on P-{Proposal}",
    };
}
