using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Participation;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>
/// A community-building process (社区营造): the multi-actor, multi-level platform on one unit through which the actors
/// who live or work there turn demands into proposals, deliberate, divide a fund by participatory budgeting, carry the
/// chosen projects out together and account for them — collect, deliberate, decide, carry out, account.
/// </summary>
/// <remarks>
/// <para>
/// Eligibility is by where one lives or works (<see cref="LocalTie"/>), never by household registration: a floating
/// resident (流动人口) enrols as anyone else. Only enrolled actors propose, support, deliberate, vote and volunteer.
/// </para>
/// <para>
/// The deliberative body (<see cref="DecidingBody"/>) decides which proposals go ahead, each at a cost within the
/// budget cap; where it is the homeowners' assembly, each admission is backed by an adopted
/// <see cref="Communities.Homeowners.AssemblyVote"/>. The deciding phase is closed by counting the budget vote
/// (<see cref="BudgetCount.Count"/>); the chosen proposals become projects, carried out by participants who each use
/// a governance power they hold over the unit (共建共享), with money spent against each project's allocation.
/// </para>
/// <para>
/// Every step of an actor becomes participation evidence (<see cref="Participation"/>); <see cref="Account"/> reports
/// what was proposed, supported, chosen, done and spent, and which demands were answered.
/// </para>
/// </remarks>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed partial class CommunityBuildingProcess : AggregateRoot, IEventSourced<CommunityBuildingProcess>
{
    /// <summary>The longest title, proposal title, reason, part, reference or evidence accepted.</summary>
    public const int MaxTextLength = 500;

    private static readonly ProcessPhase[] s_enrolling = [ProcessPhase.Collect, ProcessPhase.Deliberate, ProcessPhase.Decide, ProcessPhase.CarryOut];
    private static readonly ProcessPhase[] s_collecting = [ProcessPhase.Collect];
    private static readonly ProcessPhase[] s_supporting = [ProcessPhase.Collect, ProcessPhase.Deliberate];
    private static readonly ProcessPhase[] s_deliberating = [ProcessPhase.Deliberate];
    private static readonly ProcessPhase[] s_carryingOut = [ProcessPhase.CarryOut];

    private readonly List<PhaseStart> _phases = [];
    private readonly HashSet<BuildingId> _buildings = [];
    private readonly SortedDictionary<ActorId, EnrolledParticipant> _participants = [];
    private readonly List<ProposalState> _proposals = [];
    private readonly Dictionary<ProposalId, ProposalState> _proposalsById = [];
    private readonly SortedDictionary<ActorId, EquatableArray<ProposalId>> _ballots = [];

    private CommunityBuildingProcess()
    {
    }

    /// <summary>The calendar whose days participation evidence is dated in: China's (Asia/Shanghai).</summary>
    public static DateTimeZone Calendar { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The process's id.</summary>
    public CommunityBuildingProcessId Id { get; private set; }

    /// <summary>The unit and level it is held on.</summary>
    public ProcessScope Scope { get; private set; } = null!;

    /// <summary>What the process is about.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>The deliberative body that decides which proposals go ahead.</summary>
    public DecidingBody Body { get; private set; }

    /// <summary>The fund its budget divides.</summary>
    public Fund Fund { get; private set; } = null!;

    /// <summary>The current phase.</summary>
    public ProcessPhase Phase => _phases[^1].Phase;

    /// <summary>When each phase began, in order.</summary>
    public IReadOnlyList<PhaseStart> Phases => _phases.AsReadOnly();

    /// <summary>The enrolled actors, in id order.</summary>
    public IReadOnlyCollection<EnrolledParticipant> Participants => _participants.Values;

    /// <summary>The budget count, once the deciding phase has closed.</summary>
    public BudgetCount? Count { get; private set; }

    /// <summary>Opens a process on one unit, in its collecting phase.</summary>
    /// <param name="id">The process's id.</param>
    /// <param name="scope">The unit and level.</param>
    /// <param name="title">What the process is about.</param>
    /// <param name="body">The deliberative body: a residents' council, or the homeowners' assembly for the owners' matters of a living community.</param>
    /// <param name="fund">The fund its budget divides.</param>
    /// <param name="layout">For a living level, the living community, read only, whose buildings the scope takes; <see langword="null"/> for an administrative level.</param>
    /// <param name="directory">What exists: the scope's unit must be established at <paramref name="at"/>.</param>
    /// <param name="at">When; the collecting phase begins then.</param>
    /// <returns>The process, with its <see cref="CommunityBuildingProcessOpened"/> event pending.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// An argument is missing; the body is unknown (<see cref="CommunityBuildingRules.DecidingBodyIsKnown"/>); the layout is missing or does not hold the scope's part
    /// (<see cref="CommunityBuildingRules.ScopeLiesInLivingCommunity"/>); or the homeowners' assembly is named for an
    /// administrative unit (<see cref="CommunityBuildingRules.HomeownersAssemblyDecidesOnLivingSide"/>); or the unit is not
    /// established in the directory (<see cref="Communities.CommunityRules.UnitIsEstablished"/>).
    /// </exception>
    public static CommunityBuildingProcess Open(
        CommunityBuildingProcessId id,
        ProcessScope scope,
        string title,
        DecidingBody body,
        Fund fund,
        LivingCommunity? layout,
        ICommunityDirectory directory,
        Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.MissingValue(scope);
        Guard.Against.MissingValue(directory);
        var trimmed = Guard.Against.MissingText(title, MaxTextLength);
        Guard.Against.UnknownValue(body, CommunityBuildingRules.DecidingBodyIsKnown);
        Guard.Against.MissingValue(fund);
        var picture = layout?.ToSnapshot();
        CheckRule(new ScopeLiesInLivingCommunityRule(scope, picture));
        CheckRule(new HomeownersAssemblyDecidesOnLivingSideRule(scope, body));
        CheckRule(new UnitIsEstablishedRule(directory, scope.Unit, "the process's unit", at));
        var process = new CommunityBuildingProcess();
        process.RaiseEvent(new CommunityBuildingProcessOpened(
            at, id, scope, trimmed, body, fund, new EquatableArray<BuildingId>(picture is null ? [] : scope.BuildingsIn(picture))));
        return process;
    }

    /// <inheritdoc />
    public static string StreamKind => "community-building-process";

    /// <inheritdoc />
    public StreamName<CommunityBuildingProcess> Stream => StreamOf(Id);

    /// <summary>The stream of the process <paramref name="id"/>.</summary>
    /// <param name="id">The process's id.</param>
    /// <returns>The stream's name, <c>community-building-process/id</c>.</returns>
    public static StreamName<CommunityBuildingProcess> StreamOf(CommunityBuildingProcessId id) => StreamName.For<CommunityBuildingProcess>(id.Value);

    /// <summary>Rebuilds a process from its events.</summary>
    /// <param name="history">Its events, starting with <see cref="CommunityBuildingProcessOpened"/>.</param>
    /// <returns>The process, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the opening or holds a foreign event.</exception>
    public static CommunityBuildingProcess FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<CommunityBuildingProcess, CommunityBuildingProcessOpened>(new CommunityBuildingProcess(), history);

    /// <summary>
    /// Moves the process into its next phase. Leaving the deciding phase counts the budget vote first
    /// (<see cref="BudgetCounted"/>): the chosen proposals become projects.
    /// </summary>
    /// <param name="at">When the next phase begins: not before the current one began.</param>
    /// <returns>The phase entered.</returns>
    /// <exception cref="DomainRuleViolationException">The process is already accounting, or <paramref name="at"/> is before the current phase began (<see cref="CommunityBuildingRules.PhaseAdvancesInOrder"/>).</exception>
    public ProcessPhase Advance(Instant at)
    {
        CheckRule(new PhaseAdvancesInOrderRule(Id, Phase, _phases[^1].BeganAt, at));
        if (Phase == ProcessPhase.Decide)
        {
            var admitted = _proposals.Where(p => p.Cost is not null).Select(p => KeyValuePair.Create(p.Id, p.Cost!.Value));
            RaiseEvent(new BudgetCounted(at, Id, BudgetCount.Count(Fund.Cap, admitted, _ballots.Values.Select(b => b.AsEnumerable()))));
        }

        RaiseEvent(new ProcessPhaseBegan(at, Id, Phase + 1));
        return Phase;
    }

    /// <summary>Enrols an actor who lives or works in the unit; its household registration is never asked.</summary>
    /// <param name="actor">The actor, read only.</param>
    /// <param name="tie">Where it lives (a resident's actual residence, with the building) or works.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The process is accounting (<see cref="CommunityBuildingRules.StepIsTakenInItsPhase"/>); the actor is enrolled
    /// already (<see cref="CommunityBuildingRules.ParticipantIsEnrolledOnce"/>); a residence tie is not the resident's
    /// actual residence (<see cref="CommunityBuildingRules.ResidenceTieIsActualResidence"/>); or the address lies
    /// outside the unit (<see cref="CommunityBuildingRules.ParticipantLivesOrWorksInScope"/>).
    /// </exception>
    public void Enrol(Actor actor, LocalTie tie, Instant at)
    {
        Guard.Against.MissingValue(actor);
        Guard.Against.MissingValue(tie);
        CheckStep("enrolling", s_enrolling);
        CheckRule(new ParticipantIsEnrolledOnceRule(actor.Id, _participants.ContainsKey(actor.Id)));
        CheckRule(new ResidenceTieIsActualResidenceRule(actor, tie));
        CheckRule(new ParticipantLivesOrWorksInScopeRule(actor.Id, tie, Scope, _buildings));
        RaiseEvent(new ParticipantEnrolled(at, Id, actor.Id, actor.Kind, tie.Kind));
    }

    /// <summary>Whether an actor is enrolled, and so may propose, support, deliberate, vote and volunteer.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns><see langword="true"/> when enrolled.</returns>
    public bool IsEnrolled(ActorId actor) => _participants.ContainsKey(actor);

    /// <summary>An immutable picture of the process.</summary>
    /// <returns>The snapshot: participants and ballots in actor id order, proposals in the order raised.</returns>
    public CommunityBuildingProcessSnapshot ToSnapshot() => new(
        Id,
        Scope,
        Title,
        Body,
        Fund,
        new EquatableArray<PhaseStart>(_phases),
        new EquatableArray<BuildingId>(_buildings.Order()),
        new EquatableArray<EnrolledParticipant>(_participants.Values),
        Proposals,
        new EquatableArray<BudgetBallot>(_ballots.Select(b => new BudgetBallot(b.Key, b.Value))),
        Count);

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case CommunityBuildingProcessOpened e:
                (Id, Scope, Title, Body, Fund) = (e.Process, e.Scope, e.Title, e.Body, e.Fund);
                _buildings.UnionWith(e.Buildings);
                _phases.Add(new PhaseStart(ProcessPhase.Collect, e.OccurredAt));
                break;
            case ProcessPhaseBegan e:
                _phases.Add(new PhaseStart(e.Phase, e.OccurredAt));
                break;
            case ParticipantEnrolled e:
                _participants[e.Participant] = new EnrolledParticipant(e.Participant, e.Kind, e.Tie);
                break;
            case BudgetVoteCast e:
                Note(e.Voter, EvidenceKind.VoteCast, e.OccurredAt, skip: _ballots.ContainsKey(e.Voter));
                _ballots[e.Voter] = e.Choices;
                break;
            case BudgetCounted e:
                Count = e.Count;
                foreach (var tally in e.Count.Tallies)
                {
                    var proposal = _proposalsById[tally.Proposal];
                    (proposal.Votes, proposal.Chosen) = (tally.Votes, tally.Chosen);
                }

                break;
            default:
                WhenProposalOrProject(domainEvent);
                break;
        }
    }

    private void CheckStep(string step, ProcessPhase[] phases) => CheckRule(new StepIsTakenInItsPhaseRule(Id, step, Phase, phases));

    private void CheckEligible(ActorId actor)
    {
        Guard.Against.MissingId(actor);
        CheckRule(new ParticipantIsEligibleRule(actor, _participants.ContainsKey(actor)));
    }

    private ProposalState Known(ProposalId proposal)
    {
        Guard.Against.MissingId(proposal);
        CheckRule(new ProposalIsKnownRule(proposal, _proposalsById.ContainsKey(proposal)));
        return _proposalsById[proposal];
    }
}
