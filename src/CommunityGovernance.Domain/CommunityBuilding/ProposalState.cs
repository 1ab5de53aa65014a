using CommunityGovernance.Actors;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>The mutable state of one proposal inside its process; the outside sees <see cref="ProposalRecord"/>.</summary>
internal sealed class ProposalState(ProposalId id, ActorId proposer, string title, IEnumerable<DemandId> demands)
{
    public ProposalId Id { get; } = id;

    public ActorId Proposer { get; } = proposer;

    public string Title { get; } = title;

    public SortedSet<DemandId> Demands { get; } = [.. demands];

    public SortedSet<ActorId> Supporters { get; } = [];

    public ProposalId? MergedInto { get; set; }

    public Money? Cost { get; set; }

    public AssemblyVoteId? AssemblyVote { get; set; }

    public int? Votes { get; set; }

    public bool? Chosen { get; set; }

    public List<ProjectPart> Parts { get; } = [];

    public List<ActorId> Volunteers { get; } = [];

    public List<ProjectPayment> Payments { get; } = [];

    public Money Spent { get; set; }

    public string? CompletionEvidence { get; set; }

    public ProposalStatus Status =>
        MergedInto is not null ? ProposalStatus.Merged
        : CompletionEvidence is not null ? ProposalStatus.Completed
        : Chosen is true ? ProposalStatus.Chosen
        : Chosen is false ? ProposalStatus.NotChosen
        : Cost is not null ? ProposalStatus.Admitted
        : ProposalStatus.Raised;

    public ProposalRecord ToRecord() => new(
        Id,
        Proposer,
        Title,
        Status,
        new EquatableArray<DemandId>(Demands),
        new EquatableArray<ActorId>(Supporters),
        MergedInto,
        Cost,
        AssemblyVote,
        Votes,
        new EquatableArray<ProjectPart>(Parts),
        new EquatableArray<ActorId>(Volunteers),
        new EquatableArray<ProjectPayment>(Payments),
        CompletionEvidence);
}
