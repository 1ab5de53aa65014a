using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Actors;

/// <summary>
/// An actor (多元主体) of community governance, with its responsibility and interest boundaries (责、利) as data
/// and its time-bounded memberships and posts. A resident additionally carries <see cref="ResidentParticulars"/>.
/// </summary>
/// <remarks>
/// <para>
/// An actor's powers (权) are deliberately not held here: they come from the governance rights (治理权) the actor
/// holds, and are looked up in the rights index of <c>CommunityGovernance.Rights</c>. Holding them twice would
/// let the two drift apart.
/// </para>
/// <para>
/// The actor spans both sides: its <see cref="Side"/> is data. Only the resident's particulars are living-side
/// data.
/// </para>
/// </remarks>
public sealed class Actor : AggregateRoot, IEventSourced<Actor>
{
    /// <summary>The longest organisation name accepted.</summary>
    public const int MaxNameLength = 100;

    private readonly List<Responsibility> _responsibilities = [];
    private ReadOnlyCollection<Responsibility>? _responsibilitiesView;
    private readonly List<DemandCategory> _interests = [];
    private ReadOnlyCollection<DemandCategory>? _interestsView;
    private readonly List<Membership> _memberships = [];
    private ReadOnlyCollection<Membership>? _membershipsView;

    private Actor()
    {
    }

    /// <summary>The actor's id.</summary>
    public ActorId Id { get; private set; }

    /// <summary>The actor's kind.</summary>
    public ActorKind Kind { get; private set; }

    /// <summary>The actor's sector (政, 企, 社, 群众), given by its kind.</summary>
    public Sector Sector => Kind.Sector();

    /// <summary>The actor's side, given by its kind; the residents' committee is the bridge.</summary>
    public ActorSide Side => Kind.Side();

    /// <summary>The organisation's name, or <see langword="null"/> for a resident, whose name is personal data held in <see cref="Resident"/>.</summary>
    public string? OrganisationName { get; private set; }

    /// <summary>A resident's particulars, or <see langword="null"/> for an organisation.</summary>
    public ResidentParticulars? Resident { get; private set; }

    /// <summary>The responsibility boundary (责): which demand categories about which units are this actor's.</summary>
    public IReadOnlyCollection<Responsibility> Responsibilities => _responsibilitiesView ??= _responsibilities.AsReadOnly();

    /// <summary>The interest boundary (利): the demand categories that concern this actor.</summary>
    public IReadOnlyCollection<DemandCategory> Interests => _interestsView ??= _interests.AsReadOnly();

    /// <summary>The memberships and posts, ended and current, in the order they began.</summary>
    public IReadOnlyCollection<Membership> Memberships => _membershipsView ??= _memberships.AsReadOnly();

    /// <summary>Registers an organisation: any actor kind but <see cref="ActorKind.Resident"/>.</summary>
    /// <param name="id">The new actor's id.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="name">Its name, 1 to <see cref="MaxNameLength"/> characters.</param>
    /// <param name="at">When it is registered.</param>
    /// <returns>The actor, with one pending <see cref="OrganisationRegistered"/> event.</returns>
    /// <exception cref="DomainRuleViolationException">An argument is missing, unknown or of the resident kind.</exception>
    public static Actor RegisterOrganisation(ActorId id, ActorKind kind, string name, Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.UnknownValue(kind, ActorRules.KindIsKnown);
        var trimmed = Guard.Against.MissingText(name, MaxNameLength);
        CheckRule(new ActorIsRegisteredAsItsKindRule(kind, asResident: false));

        var actor = new Actor();
        actor.RaiseEvent(new OrganisationRegistered(id, kind, trimmed, at));
        return actor;
    }

    /// <summary>Registers a resident (居民), registered or floating, with their particulars.</summary>
    /// <param name="id">The new actor's id.</param>
    /// <param name="particulars">The resident's particulars.</param>
    /// <param name="at">When the resident is registered.</param>
    /// <returns>The actor, with one pending <see cref="ResidentRegistered"/> event.</returns>
    /// <exception cref="DomainRuleViolationException">An argument is missing.</exception>
    public static Actor RegisterResident(ActorId id, ResidentParticulars particulars, Instant at)
    {
        Guard.Against.MissingId(id);
        Guard.Against.MissingValue(particulars);

        var actor = new Actor();
        actor.RaiseEvent(new ResidentRegistered(id, particulars.Name, particulars.IdentityNumber, particulars.Phone, particulars.RegisteredResidence, particulars.ActualResidence, at));
        return actor;
    }

    /// <inheritdoc />
    public static string StreamKind => "actor";

    /// <inheritdoc />
    public StreamName<Actor> Stream => StreamOf(Id);

    /// <summary>The stream of the actor with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The stream's name, <c>actor/…</c>.</returns>
    public static StreamName<Actor> StreamOf(ActorId id) => StreamName.For<Actor>(id.Value);

    /// <summary>Rebuilds an actor from its events.</summary>
    /// <param name="history">The actor's events, oldest first, starting with its registration.</param>
    /// <returns>The actor, with no pending events.</returns>
    public static Actor FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<Actor, OrganisationRegistered, ResidentRegistered>(new Actor(), history);

    /// <summary>Whether a demand of <paramref name="category"/> about <paramref name="unit"/> falls within this actor's responsibility.</summary>
    /// <param name="category">The demand's category.</param>
    /// <param name="unit">The demand's subject.</param>
    /// <returns><see langword="true"/> when one of <see cref="Responsibilities"/> covers it.</returns>
    public bool IsResponsibleFor(DemandCategory category, CommunityUnit unit) => _responsibilities.Exists(r => r.Covers(category, unit));

    /// <summary>The memberships and posts held on a given day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The memberships held that day.</returns>
    public IEnumerable<Membership> MembershipsOn(LocalDate day) => _memberships.Where(m => m.IsHeldOn(day));

    /// <summary>Makes demands of <paramref name="category"/> about <paramref name="unit"/> (and the units below it) this actor's responsibility.</summary>
    /// <param name="category">The demand category.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="directory">What exists: the unit must be established at <paramref name="at"/>.</param>
    /// <param name="at">When it is assigned.</param>
    /// <exception cref="DomainRuleViolationException">An argument is unknown, the responsibility is already held, or the
    /// unit is not established in the directory (<see cref="CommunityRules.UnitIsEstablished"/>).</exception>
    public void AssignResponsibility(DemandCategory category, CommunityUnit unit, ICommunityDirectory directory, Instant at)
    {
        var responsibility = new Responsibility(Guard.Against.UnknownValue(category, DemandRules.CategoryIsKnown), Guard.Against.MissingUnit(unit));
        Guard.Against.MissingValue(directory);
        CheckRule(new ResponsibilityIsNotDuplicatedRule(_responsibilities, responsibility));
        CheckRule(new UnitIsEstablishedRule(directory, unit, "the unit of the responsibility", at));
        RaiseEvent(new ResponsibilityAssigned(Id, responsibility, at));
    }

    /// <summary>Gives up a responsibility this actor holds.</summary>
    /// <param name="category">The demand category.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="at">When it is withdrawn.</param>
    /// <exception cref="DomainRuleViolationException">The responsibility is not held.</exception>
    public void WithdrawResponsibility(DemandCategory category, CommunityUnit unit, Instant at)
    {
        var responsibility = new Responsibility(Guard.Against.UnknownValue(category, DemandRules.CategoryIsKnown), Guard.Against.MissingUnit(unit));
        CheckRule(new ResponsibilityToWithdrawIsHeldRule(_responsibilities, responsibility));
        RaiseEvent(new ResponsibilityWithdrawn(Id, responsibility, at));
    }

    /// <summary>Declares that demands of <paramref name="category"/> concern this actor (its interest, 利).</summary>
    /// <param name="category">The demand category.</param>
    /// <param name="at">When it is declared.</param>
    /// <exception cref="DomainRuleViolationException">The category is unknown or already declared.</exception>
    public void DeclareInterest(DemandCategory category, Instant at)
    {
        Guard.Against.UnknownValue(category, DemandRules.CategoryIsKnown);
        CheckRule(new InterestIsNotDuplicatedRule(_interests, category));
        RaiseEvent(new InterestDeclared(Id, category, at));
    }

    /// <summary>Records that this actor holds <paramref name="post"/> in <paramref name="organisation"/> from <paramref name="from"/> on.</summary>
    /// <param name="organisation">The organisation, e.g. a homeowners' committee.</param>
    /// <param name="post">The post.</param>
    /// <param name="from">The first day the post is held.</param>
    /// <param name="at">When it is recorded.</param>
    /// <exception cref="DomainRuleViolationException">The organisation is missing, a resident or this actor, the post is unknown, or it is already held then.</exception>
    public void JoinOrganisation(Actor organisation, Post post, LocalDate from, Instant at)
    {
        Guard.Against.MissingValue(organisation);
        Guard.Against.UnknownValue(post, ActorRules.PostIsKnown);
        CheckRule(new MembershipIsInAnOrganisationRule(Id, organisation));
        CheckRule(new MembershipDoesNotOverlapRule(_memberships, organisation.Id, post, from));
        RaiseEvent(new MembershipBegan(Id, organisation.Id, post, from, at));
    }

    /// <summary>Records that this actor's <paramref name="post"/> in <paramref name="organisation"/> ended on <paramref name="until"/>.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="post">The post.</param>
    /// <param name="until">The last day the post was held.</param>
    /// <param name="at">When it is recorded.</param>
    /// <exception cref="DomainRuleViolationException">No such open post began on or before <paramref name="until"/>.</exception>
    public void LeaveOrganisation(ActorId organisation, Post post, LocalDate until, Instant at)
    {
        Guard.Against.MissingId(organisation);
        CheckRule(new MembershipToEndIsOpenRule(_memberships, organisation, post, until));
        RaiseEvent(new MembershipEnded(Id, organisation, post, until, at));
    }

    /// <summary>Records that a resident now actually lives elsewhere.</summary>
    /// <param name="residence">The new actual residence.</param>
    /// <param name="at">When it is recorded.</param>
    /// <exception cref="DomainRuleViolationException">The residence is missing, or this actor is not a resident.</exception>
    public void MoveResidence(Residence residence, Instant at)
    {
        Guard.Against.MissingValue(residence);
        CheckRule(new OnlyResidentsResideRule(Kind));
        RaiseEvent(new ResidenceMoved(Id, residence, at));
    }

    /// <summary>An immutable copy of the state, with value equality: collections in a fixed order.</summary>
    /// <returns>The snapshot.</returns>
    public ActorSnapshot ToSnapshot() => new(
        Id,
        Kind,
        OrganisationName,
        Resident,
        new EquatableArray<Responsibility>(_responsibilities.OrderBy(r => r.Category).ThenBy(r => r.Unit.Side).ThenBy(r => r.Unit.ToString(), StringComparer.Ordinal)),
        new EquatableArray<DemandCategory>(_interests.Order()),
        new EquatableArray<Membership>(_memberships));

    /// <summary>The kind and id, and the organisation's name; never a resident's personal data.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => OrganisationName is null ? $"{Kind} {Id}" : $"{Kind} {Id} ({OrganisationName})";

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case OrganisationRegistered e:
                (Id, Kind, OrganisationName) = (e.Actor, e.Kind, e.Name);
                break;
            case ResidentRegistered e:
                (Id, Kind) = (e.Actor, ActorKind.Resident);
                Resident = new ResidentParticulars(e.Name, e.IdentityNumber, e.Phone, e.RegisteredResidence, e.ActualResidence);
                break;
            case ResidenceMoved e:
                Resident = Resident?.MovedTo(e.ActualResidence);
                break;
            case ResponsibilityAssigned e:
                _responsibilities.Add(e.Responsibility);
                break;
            case ResponsibilityWithdrawn e:
                _responsibilities.Remove(e.Responsibility);
                break;
            case InterestDeclared e:
                _interests.Add(e.Category);
                break;
            case MembershipBegan e:
                _memberships.Add(new Membership(e.Organisation, e.Post, e.From, null));
                break;
            case MembershipEnded e:
                var index = _memberships.FindIndex(m => m.IsOpen && m.Organisation == e.Organisation && m.Post == e.Post);
                _memberships[index] = _memberships[index] with { Until = e.Until };
                break;
            default:
                RefuseForeignEvent(domainEvent);
                break;
        }
    }
}
