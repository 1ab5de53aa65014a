using System.Globalization;
using CommunityGovernance.Actors;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using NodaTime;

namespace CommunityGovernance.CommunityBuilding;

public sealed partial class CommunityBuildingProcess
{
    /// <summary>The willingness level a support states: a support is a willingness to see the proposal done, not yet an action.</summary>
    public const int SupportWillingnessLevel = 3;

    // Evidence references are "<process id>:<n>"; a long process id is shortened with a stable hash so that the
    // reference stays within ParticipationEvidence.MaxReferenceLength.
    private const int MaxStemLength = ParticipationEvidence.MaxReferenceLength - 12;

    private readonly List<ProcessParticipation> _participation = [];

    /// <summary>
    /// Every step of an actor in the process as participation evidence for the process's unit, in the order taken:
    /// proposing (<see cref="EvidenceKind.ProposalMade"/>), supporting (<see cref="EvidenceKind.StatedWillingness"/> at
    /// <see cref="SupportWillingnessLevel"/>), deliberating (<see cref="EvidenceKind.MeetingAttended"/>), voting
    /// (<see cref="EvidenceKind.VoteCast"/>, once a voter), volunteering (<see cref="EvidenceKind.Volunteered"/>) and
    /// taking a part in a project (<see cref="EvidenceKind.RoleHeld"/>). Record each in the actor's
    /// <see cref="ParticipationProfile"/>; references are unique, so recording twice is refused there.
    /// </summary>
    public IReadOnlyList<ProcessParticipation> Participation => _participation.AsReadOnly();

    /// <summary>
    /// The accountability report (公示): what was proposed, supported, chosen, done and spent, and which demands were
    /// answered, per proposal and in total.
    /// </summary>
    /// <returns>The report as the process stands; final once it is accounting.</returns>
    public AccountabilityReport Account()
    {
        var records = _proposals.Select(p => p.ToRecord()).ToArray();
        var standing = records.Where(r => r.Status != ProposalStatus.Merged).ToArray();
        var lines = records.Select(r => new AccountabilityLine(
            r.Id, r.Title, r.Proposer, r.Status, r.SupportCount, r.Cost, r.Votes, r.Allocation, r.Spent, r.Parts.Count, r.Volunteers.Count, r.Demands));
        return new AccountabilityReport(
            Id,
            Scope,
            Phase,
            Fund,
            _participants.Count,
            records.Length,
            records.Length - standing.Length,
            standing.Count(r => r.SupportCount > 0),
            standing.Count(r => r.Cost is not null),
            standing.Count(r => r.Status is ProposalStatus.Chosen or ProposalStatus.Completed),
            standing.Count(r => r.Status == ProposalStatus.Completed),
            standing.Aggregate(Money.Zero, (sum, r) => sum + r.Allocation),
            standing.Aggregate(Money.Zero, (sum, r) => sum + r.Spent),
            new EquatableArray<DemandId>(standing.SelectMany(r => r.Demands).Distinct().Order()),
            new EquatableArray<DemandId>(standing.Where(r => r.Status == ProposalStatus.Completed).SelectMany(r => r.Demands).Distinct().Order()),
            _participation.Count,
            new EquatableArray<AccountabilityLine>(lines));
    }

    private void Note(ActorId actor, EvidenceKind kind, Instant at, bool skip = false)
    {
        if (skip)
        {
            return;
        }

        var reference = string.Create(CultureInfo.InvariantCulture, $"{Stem(Id.Value)}:{_participation.Count + 1}");
        var evidence = new ParticipationEvidence(
            reference, kind, Scope.Unit, at.InZone(Calendar).Date, kind == EvidenceKind.StatedWillingness ? SupportWillingnessLevel : null);
        _participation.Add(new ProcessParticipation(actor, evidence));
    }

    private static string Stem(string id)
    {
        if (id.Length <= MaxStemLength)
        {
            return id;
        }

        // FNV-1a: stable across runs and platforms, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{id[..(MaxStemLength - 9)]}.{hash:x8}");
    }
}
