using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Demands;

/// <summary>
/// A demand (诉求) raised by an actor about a unit, routed to the actor whose responsibility covers it, answered or
/// rejected with reasons, and closed with the raiser's evaluation. Its recorded steps make the community a
/// response field (回应场): see <see cref="ResponseField"/>.
/// </summary>
/// <remarks>
/// <para>
/// The legal moves are listed on <see cref="DemandLifecycle"/>. Every step is recorded with actor, instant and
/// note (<see cref="Steps"/>). Routing a demand on from one assignee to another counts as buck-passing (推诿,
/// <see cref="BuckPassingCount"/>); sending a response back counts as rework (返工, <see cref="ReworkCount"/>).
/// </para>
/// <para>
/// A demand is the sanctioned upward crossing of the boundary: it carries a living community's matter to the
/// administrative side. Its texts describe the matter; personal data of residents belongs in the resident's
/// <see cref="ResidentParticulars"/>, not here.
/// </para>
/// </remarks>
[SanctionedCrossing("A demand (诉求) is the sanctioned channel by which a matter of either side reaches the actor responsible for it.")]
public sealed class Demand : AggregateRoot, IEventSourced<Demand>
{
    /// <summary>The longest subcategory accepted.</summary>
    public const int MaxSubcategoryLength = 50;

    /// <summary>The longest demand text, answer or reasons accepted.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The longest step note accepted.</summary>
    public const int MaxNoteLength = 1000;

    private readonly List<DemandStep> _steps = [];
    private ReadOnlyCollection<DemandStep>? _stepsView;

    private Demand()
    {
    }

    /// <summary>The demand's id.</summary>
    public DemandId Id { get; private set; }

    /// <summary>The actor who raised it.</summary>
    public ActorId Raiser { get; private set; }

    /// <summary>The unit it is about: an administrative unit or a living community.</summary>
    public CommunityUnit Subject { get; private set; }

    /// <summary>Its category.</summary>
    public DemandCategory Category { get; private set; }

    /// <summary>Its subcategory, the vendor's finer label.</summary>
    public string Subcategory { get; private set; } = string.Empty;

    /// <summary>The catalogue's service it was raised under (Open311 <c>service_code</c>), or <see langword="null"/> when raised by category alone.</summary>
    public ServiceCode? Service { get; private set; }

    /// <summary>How it was taken in (channel, urgency, location, media), or <see langword="null"/> when not recorded.</summary>
    public DemandIntake? Intake { get; private set; }

    /// <summary>What is asked.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>When it was raised.</summary>
    public Instant RaisedAt { get; private set; }

    /// <summary>When an answer (a response or a rejection) is due.</summary>
    public Instant DueAt { get; private set; }

    /// <summary>Where it stands.</summary>
    public DemandStatus Status { get; private set; }

    /// <summary>The actor it is routed to, or <see langword="null"/> before routing.</summary>
    public ActorId? Assignee { get; private set; }

    /// <summary>The latest answer, or <see langword="null"/> before a response.</summary>
    public string? Answer { get; private set; }

    /// <summary>The reasons for the latest answer or for the rejection, or <see langword="null"/>.</summary>
    public string? Reasons { get; private set; }

    /// <summary>The raiser's evaluation, once closed.</summary>
    public DemandEvaluation? Evaluation { get; private set; }

    /// <summary>When it was first answered (responded to or rejected), or <see langword="null"/>.</summary>
    public Instant? FirstAnsweredAt { get; private set; }

    /// <summary>How often it was routed on from one assignee to another (推诿).</summary>
    public int BuckPassingCount { get; private set; }

    /// <summary>How often a response was sent back for rework (返工).</summary>
    public int ReworkCount { get; private set; }

    /// <summary>Every step, in the order taken.</summary>
    public IReadOnlyList<DemandStep> Steps => _stepsView ??= _steps.AsReadOnly();

    /// <summary>Whether it has been answered: responded to or rejected with reasons.</summary>
    public bool IsAnswered => FirstAnsweredAt is not null;

    /// <summary>Whether its first answer came no later than <see cref="DueAt"/>.</summary>
    public bool IsAnsweredOnTime => FirstAnsweredAt is { } answered && answered <= DueAt;

    /// <summary>Raises a demand.</summary>
    /// <param name="id">The demand's id.</param>
    /// <param name="raiser">The actor raising it.</param>
    /// <param name="subject">The unit it is about.</param>
    /// <param name="category">Its category.</param>
    /// <param name="subcategory">Its subcategory, 1 to <see cref="MaxSubcategoryLength"/> characters.</param>
    /// <param name="text">What is asked, 1 to <see cref="MaxTextLength"/> characters.</param>
    /// <param name="deadlines">The deadline policy that fixes <see cref="DueAt"/>.</param>
    /// <param name="directory">What exists: the raiser must be registered and the subject established at <paramref name="at"/>.</param>
    /// <param name="at">When it is raised.</param>
    /// <returns>The demand, with one pending <see cref="DemandRaised"/> event.</returns>
    /// <exception cref="DomainRuleViolationException">An argument is missing, blank, too long or unknown; the raiser is
    /// not registered (<see cref="ActorRules.ActorIsRegistered"/>) or the subject not established
    /// (<see cref="CommunityRules.UnitIsEstablished"/>) in the directory.</exception>
    public static Demand Raise(DemandId id, ActorId raiser, CommunityUnit subject, DemandCategory category, string subcategory, string text, DemandDeadlines deadlines, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.MissingId(raiser);
        Guard.Against.MissingUnit(subject);
        Guard.Against.UnknownValue(category, DemandRules.CategoryIsKnown);
        var trimmedSubcategory = Guard.Against.MissingText(subcategory, MaxSubcategoryLength);
        var trimmedText = Guard.Against.MissingText(text, MaxTextLength);
        Guard.Against.MissingValue(deadlines);
        Guard.Against.MissingValue(directory);
        CheckRule(new ActorIsRegisteredRule(directory, raiser, "the raiser", at));
        CheckRule(new UnitIsEstablishedRule(directory, subject, "the demand's subject", at));

        var demand = new Demand();
        demand.RaiseEvent(new DemandRaised(id, raiser, subject, category, trimmedSubcategory, trimmedText, at + deadlines.For(category), at));
        return demand;
    }

    /// <summary>
    /// Raises a demand of a catalogue's service, as a hotline or grid desk takes it in: the service gives the
    /// category and the subcategory (its name), the intake the channel, urgency, location and media.
    /// </summary>
    /// <param name="id">The demand's id.</param>
    /// <param name="raiser">The actor raising it: the resident, or the grid worker or operator who reports it.</param>
    /// <param name="subject">The unit it is about.</param>
    /// <param name="service">The catalogue's service.</param>
    /// <param name="text">What is asked, 1 to <see cref="MaxTextLength"/> characters.</param>
    /// <param name="intake">How it was taken in.</param>
    /// <param name="deadlines">The deadline policy that fixes <see cref="DueAt"/>.</param>
    /// <param name="directory">What exists: the raiser must be registered and the subject established at <paramref name="at"/>.</param>
    /// <param name="at">When it is raised.</param>
    /// <returns>The demand, with one pending <see cref="DemandRaised"/> event.</returns>
    /// <exception cref="DomainRuleViolationException">An argument is missing, blank, too long or unknown.</exception>
    public static Demand Raise(DemandId id, ActorId raiser, CommunityUnit subject, ServiceDefinition service, string text, DemandIntake intake, DemandDeadlines deadlines, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.MissingId(raiser);
        Guard.Against.MissingUnit(subject);
        Guard.Against.MissingValue(service);
        var trimmedText = Guard.Against.MissingText(text, MaxTextLength);
        Guard.Against.MissingValue(intake);
        Guard.Against.MissingValue(deadlines);
        Guard.Against.MissingValue(directory);
        CheckRule(new ActorIsRegisteredRule(directory, raiser, "the raiser", at));
        CheckRule(new UnitIsEstablishedRule(directory, subject, "the demand's subject", at));

        var demand = new Demand();
        demand.RaiseEvent(new DemandRaised(
            id, raiser, subject, service.Category, Guard.Against.MissingText(service.Name, MaxSubcategoryLength), trimmedText, at + deadlines.For(service.Category), at,
            service.Code, intake.Channel, intake.Urgency, intake.Location, intake.Media.Count == 0 ? null : intake.Media));
        return demand;
    }

    /// <inheritdoc />
    public static string StreamKind => "demand";

    /// <inheritdoc />
    public StreamName<Demand> Stream => StreamOf(Id);

    /// <summary>The stream of the demand with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The stream's name, <c>demand/…</c>.</returns>
    public static StreamName<Demand> StreamOf(DemandId id) => StreamName.For<Demand>(id.Value);

    /// <summary>Rebuilds a demand from its events.</summary>
    /// <param name="history">The demand's events, oldest first, starting with <see cref="DemandRaised"/>.</param>
    /// <returns>The demand, with no pending events.</returns>
    public static Demand FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<Demand, DemandRaised>(new Demand(), history);

    /// <summary>Whether, at the clock's current instant, the demand is unanswered past <see cref="DueAt"/> (超期) and not withdrawn.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdue(IClock clock) => IsOverdueAt(Guard.Against.MissingValue(clock).GetCurrentInstant());

    /// <summary>Accepts the demand (受理).</summary>
    /// <param name="by">The accepting actor.</param>
    /// <param name="at">When.</param>
    /// <param name="note">An optional note.</param>
    /// <exception cref="DomainRuleViolationException">The step is illegal now, or an argument is bad.</exception>
    public void Accept(ActorId by, Instant at, string? note = null)
    {
        var text = Step(DemandStepKind.Accept, by, at, note);
        RaiseEvent(new DemandAccepted(Id, by, text, at));
    }

    /// <summary>Routes the demand, or routes it on, to an actor whose responsibility covers it (派单, 转办).</summary>
    /// <param name="by">The routing actor.</param>
    /// <param name="assignee">The actor to route to; its responsibilities must cover the demand's category and subject.</param>
    /// <param name="at">When.</param>
    /// <param name="note">An optional note.</param>
    /// <exception cref="DomainRuleViolationException">The step is illegal now, the assignee is not responsible or is already the assignee, or an argument is bad.</exception>
    public void Route(ActorId by, Actor assignee, Instant at, string? note = null)
    {
        Guard.Against.MissingValue(assignee);
        var text = Step(DemandStepKind.Route, by, at, note);
        CheckRule(new DemandRouteChangesAssigneeRule(Assignee, assignee.Id));
        CheckRule(new DemandRoutedToResponsibleActorRule(assignee, Category, Subject));
        RaiseEvent(new DemandRouted(Id, by, assignee.Id, text, at));
    }

    /// <summary>The assignee starts work on the demand.</summary>
    /// <param name="by">The assignee.</param>
    /// <param name="at">When.</param>
    /// <param name="note">An optional note.</param>
    /// <exception cref="DomainRuleViolationException">The step is illegal now, or <paramref name="by"/> is not the assignee.</exception>
    public void StartWork(ActorId by, Instant at, string? note = null)
    {
        var text = Step(DemandStepKind.StartWork, by, at, note);
        CheckRule(new DemandActsAsAssigneeRule(Assignee, by));
        RaiseEvent(new DemandWorkStarted(Id, by, text, at));
    }

    /// <summary>The assignee answers the demand, giving reasons (答复).</summary>
    /// <param name="by">The assignee.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="reasons">The reasons.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The step is illegal now, <paramref name="by"/> is not the assignee, or a text is missing.</exception>
    public void Respond(ActorId by, string answer, string reasons, Instant at)
    {
        var trimmedAnswer = Guard.Against.MissingText(answer, MaxTextLength);
        var trimmedReasons = Guard.Against.MissingText(reasons, MaxTextLength);
        Step(DemandStepKind.Respond, by, at, null);
        CheckRule(new DemandActsAsAssigneeRule(Assignee, by));
        RaiseEvent(new DemandResponded(Id, by, trimmedAnswer, trimmedReasons, at));
    }

    /// <summary>Sends the response back for rework (返工).</summary>
    /// <param name="by">The actor sending it back: the raiser or a supervisor.</param>
    /// <param name="at">When.</param>
    /// <param name="note">Why.</param>
    /// <exception cref="DomainRuleViolationException">The step is illegal now, or an argument is bad.</exception>
    public void ReturnForRework(ActorId by, Instant at, string? note = null)
    {
        var text = Step(DemandStepKind.ReturnForRework, by, at, note);
        RaiseEvent(new DemandReturnedForRework(Id, by, text, at));
    }

    /// <summary>The raiser evaluates the response and closes the demand (办结).</summary>
    /// <param name="by">The raiser.</param>
    /// <param name="evaluation">Satisfied or not.</param>
    /// <param name="at">When.</param>
    /// <param name="note">An optional note.</param>
    /// <exception cref="DomainRuleViolationException">The step is illegal now, <paramref name="by"/> is not the raiser, or the evaluation is unknown.</exception>
    public void Close(ActorId by, DemandEvaluation evaluation, Instant at, string? note = null)
    {
        Guard.Against.UnknownValue(evaluation, DemandRules.EvaluationIsKnown);
        var text = Step(DemandStepKind.Close, by, at, note);
        CheckRule(new DemandActsAsRaiserRule(Raiser, by));
        RaiseEvent(new DemandClosed(Id, by, evaluation, text, at));
    }

    /// <summary>Rejects the demand with reasons (驳回); an answer, though not a response.</summary>
    /// <param name="by">The rejecting actor.</param>
    /// <param name="reasons">The reasons.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">The step is illegal now, or the reasons are missing.</exception>
    public void Reject(ActorId by, string reasons, Instant at)
    {
        var trimmedReasons = Guard.Against.MissingText(reasons, MaxTextLength);
        Step(DemandStepKind.Reject, by, at, null);
        RaiseEvent(new DemandRejected(Id, by, trimmedReasons, at));
    }

    /// <summary>The raiser withdraws the demand (撤回).</summary>
    /// <param name="by">The raiser.</param>
    /// <param name="at">When.</param>
    /// <param name="note">An optional note.</param>
    /// <exception cref="DomainRuleViolationException">The step is illegal now, or <paramref name="by"/> is not the raiser.</exception>
    public void Withdraw(ActorId by, Instant at, string? note = null)
    {
        var text = Step(DemandStepKind.Withdraw, by, at, note);
        CheckRule(new DemandActsAsRaiserRule(Raiser, by));
        RaiseEvent(new DemandWithdrawn(Id, by, text, at));
    }

    /// <summary>An immutable copy of the state, with value equality.</summary>
    /// <returns>The snapshot.</returns>
    public DemandSnapshot ToSnapshot() => new(
        Id, Raiser, Subject, Category, Subcategory, Text, RaisedAt, DueAt, Status, Assignee, Answer, Reasons, Evaluation,
        FirstAnsweredAt, BuckPassingCount, ReworkCount, new EquatableArray<DemandStep>(_steps))
    {
        Service = Service,
        Intake = Intake,
    };

    /// <summary>The id, category, subject and status.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"Demand {Id} ({Category} about {Subject}): {Status}";

    internal bool IsOverdueAt(Instant now) => !IsAnswered && Status != DemandStatus.Withdrawn && now > DueAt;

    // Checks what every step shares: the actor, the note, the transition and time order. Returns the note to record.
    private string Step(DemandStepKind kind, ActorId by, Instant at, string? note)
    {
        Guard.Against.MissingId(by);
        var text = string.IsNullOrWhiteSpace(note) ? string.Empty : Guard.Against.MissingText(note, MaxNoteLength);
        CheckRule(new DemandTransitionIsLegalRule(Status, kind));
        CheckRule(new DemandStepsAreChronologicalRule(_steps[^1].At, at));
        return text;
    }

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case DemandRaised e:
                (Id, Raiser, Subject, Category, Subcategory, Text, DueAt, RaisedAt) = (e.Demand, e.Raiser, e.Subject, e.Category, e.Subcategory, e.Text, e.DueAt, e.OccurredAt);
                Service = e.Service;
                Intake = e is { Channel: { } channel, Urgency: { } urgency } ? new DemandIntake(channel, urgency, e.Location, e.Media) : null;
                Record(DemandStepKind.Raise, e.Raiser, e.OccurredAt, string.Empty);
                break;
            case DemandAccepted e:
                Record(DemandStepKind.Accept, e.By, e.OccurredAt, e.Note);
                break;
            case DemandRouted e:
                BuckPassingCount += Assignee is null ? 0 : 1;
                Assignee = e.To;
                Record(DemandStepKind.Route, e.By, e.OccurredAt, e.Note);
                break;
            case DemandWorkStarted e:
                Record(DemandStepKind.StartWork, e.By, e.OccurredAt, e.Note);
                break;
            case DemandResponded e:
                (Answer, Reasons) = (e.Answer, e.Reasons);
                FirstAnsweredAt ??= e.OccurredAt;
                Record(DemandStepKind.Respond, e.By, e.OccurredAt, e.Answer);
                break;
            case DemandReturnedForRework e:
                ReworkCount++;
                Record(DemandStepKind.ReturnForRework, e.By, e.OccurredAt, e.Note);
                break;
            case DemandClosed e:
                Evaluation = e.Evaluation;
                Record(DemandStepKind.Close, e.By, e.OccurredAt, e.Note);
                break;
            case DemandRejected e:
                Reasons = e.Reasons;
                FirstAnsweredAt ??= e.OccurredAt;
                Record(DemandStepKind.Reject, e.By, e.OccurredAt, e.Reasons);
                break;
            case DemandWithdrawn e:
                Record(DemandStepKind.Withdraw, e.By, e.OccurredAt, e.Note);
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }

    private void Record(DemandStepKind kind, ActorId actor, Instant at, string note)
    {
        _steps.Add(new DemandStep(kind, actor, at, note));
        Status = DemandLifecycle.StatusAfter(kind);
    }
}
