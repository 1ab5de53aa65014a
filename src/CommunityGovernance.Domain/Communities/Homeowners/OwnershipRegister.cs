using System.Collections.ObjectModel;
using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// The ownership register of a living community (业主名册): its exclusive units (专有部分) with their registered floor
/// areas, and who owns each — the developer (建设单位) until it delivers a unit, then its owner of record (业主). The
/// homeowners' assembly counts its area and its owners from here (<see cref="OwnerHeadcount"/>).
/// </summary>
/// <remarks>
/// Owners' names are personal data: they are marked on the events, encrypted by a store under each owner's key, and
/// never shown by <see cref="ExclusiveUnit.ToString"/> or any message.
/// </remarks>
[LivingSide]
public sealed class OwnershipRegister : AggregateRoot, IEventSourced<OwnershipRegister>
{
    private readonly SortedDictionary<ExclusiveUnitId, ExclusiveUnit> _units = [];
    private ReadOnlyCollection<ExclusiveUnit>? _unitsView;

    private OwnershipRegister()
    {
    }

    /// <summary>The living community whose units these are.</summary>
    public LivingCommunityId Community { get; private set; }

    /// <summary>The developer, which holds every unit it has not delivered.</summary>
    public ActorId Developer { get; private set; }

    /// <summary>The exclusive units, in id order.</summary>
    public IReadOnlyCollection<ExclusiveUnit> Units => _unitsView ??= new ReadOnlyCollection<ExclusiveUnit>([.. _units.Values]);

    /// <summary>The whole exclusive area: the sum of every unit's floor area, the denominator of the area ratios.</summary>
    public FloorArea TotalArea => _units.Values.Aggregate(FloorArea.Zero, (sum, unit) => sum + unit.Area);

    /// <summary>Opens the ownership register of a living community.</summary>
    /// <param name="community">The living community.</param>
    /// <param name="developer">The developer, which holds every unit until it delivers it.</param>
    /// <param name="directory">What exists: the living community must be founded at <paramref name="at"/>.</param>
    /// <param name="at">When.</param>
    /// <returns>The empty register, with its <see cref="OwnershipRegisterOpened"/> event pending.</returns>
    /// <exception cref="DomainRuleViolationException">The community or the developer is missing.</exception>
    public static OwnershipRegister Open(LivingCommunityId community, ActorId developer, ICommunityDirectory directory, Instant at)
    {
        Guard.Against.MissingId(community);
        Guard.Against.MissingId(developer);
        Guard.Against.MissingValue(directory);
        CheckRule(new UnitIsEstablishedRule(directory, CommunityUnit.Living(community), "the register's living community", at));
        var register = new OwnershipRegister();
        register.RaiseEvent(new OwnershipRegisterOpened(at, community, developer));
        return register;
    }

    /// <inheritdoc />
    public static string StreamKind => "ownership-register";

    /// <inheritdoc />
    public StreamName<OwnershipRegister> Stream => StreamOf(Community);

    /// <summary>The stream of the ownership register of the living community <paramref name="community"/>.</summary>
    /// <param name="community">The living community.</param>
    /// <returns>The stream's name, <c>ownership-register/…</c>.</returns>
    public static StreamName<OwnershipRegister> StreamOf(LivingCommunityId community) => StreamName.For<OwnershipRegister>(community.Value);

    /// <summary>Rebuilds a register from its events.</summary>
    /// <param name="history">Its events, starting with <see cref="OwnershipRegisterOpened"/>.</param>
    /// <returns>The register, equal in state to the one that raised the events.</returns>
    /// <exception cref="DomainRuleViolationException">The history does not start with the opening or holds a foreign event.</exception>
    public static OwnershipRegister FromHistory(IEnumerable<DomainEvent> history) =>
        Rebuild<OwnershipRegister, OwnershipRegisterOpened>(new OwnershipRegister(), history);

    /// <summary>Enters an exclusive unit with its floor area; the developer holds it.</summary>
    /// <param name="unit">The unit's id.</param>
    /// <param name="building">The building it lies in.</param>
    /// <param name="area">Its floor area (Interpretation Art. 8: as registered, or surveyed or contracted until registered).</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// An id is missing, the unit is already registered (<see cref="CommunityRules.ExclusiveUnitIsRegisteredOnce"/>), or
    /// the area is zero (<see cref="CommunityRules.ExclusiveUnitHasFloorArea"/>).
    /// </exception>
    public void RegisterUnit(ExclusiveUnitId unit, BuildingId building, FloorArea area, Instant at)
    {
        Guard.Against.MissingId(unit);
        Guard.Against.MissingId(building);
        CheckRule(new ExclusiveUnitIsRegisteredOnceRule(unit, _units.ContainsKey(unit)));
        CheckRule(new ExclusiveUnitHasFloorAreaRule(unit, area));
        RaiseEvent(new ExclusiveUnitRegistered(at, Community, unit, building, area));
    }

    /// <summary>Corrects a unit's floor area, e.g. to the area the real-estate register records.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="area">Its area now.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The unit is not registered (<see cref="CommunityRules.ExclusiveUnitIsRegistered"/>) or the area is zero
    /// (<see cref="CommunityRules.ExclusiveUnitHasFloorArea"/>).
    /// </exception>
    public void CorrectArea(ExclusiveUnitId unit, FloorArea area, Instant at)
    {
        CheckRule(new ExclusiveUnitIsRegisteredRule(unit, _units.ContainsKey(unit)));
        CheckRule(new ExclusiveUnitHasFloorAreaRule(unit, area));
        RaiseEvent(new ExclusiveUnitAreaCorrected(at, Community, unit, area));
    }

    /// <summary>The developer delivers a unit it holds to its first owner.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="owner">The owner, as an actor.</param>
    /// <param name="ownerName">The owner's name. Personal data.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The owner or the name is missing, the unit is not registered (<see cref="CommunityRules.ExclusiveUnitIsRegistered"/>),
    /// or it was already delivered (<see cref="CommunityRules.ExclusiveUnitIsHeldByDeveloper"/>).
    /// </exception>
    public void Deliver(ExclusiveUnitId unit, ActorId owner, [PersonalData] PersonName ownerName, Instant at)
    {
        Guard.Against.MissingId(owner);
        RequireName(ownerName);
        CheckRule(new ExclusiveUnitIsRegisteredRule(unit, _units.ContainsKey(unit)));
        CheckRule(new ExclusiveUnitIsHeldByDeveloperRule(unit, _units[unit].IsHeldByDeveloper));
        RaiseEvent(new ExclusiveUnitDelivered(at, Community, unit, owner, ownerName));
    }

    /// <summary>A delivered unit passes to another owner.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="owner">The new owner, as an actor.</param>
    /// <param name="ownerName">The new owner's name. Personal data.</param>
    /// <param name="at">When.</param>
    /// <exception cref="DomainRuleViolationException">
    /// The owner or the name is missing, the unit is not registered (<see cref="CommunityRules.ExclusiveUnitIsRegistered"/>),
    /// the developer still holds it (<see cref="CommunityRules.ExclusiveUnitIsDelivered"/>), or the new owner is the
    /// current one (<see cref="CommunityRules.OwnershipTransferChangesOwner"/>).
    /// </exception>
    public void Transfer(ExclusiveUnitId unit, ActorId owner, [PersonalData] PersonName ownerName, Instant at)
    {
        Guard.Against.MissingId(owner);
        RequireName(ownerName);
        CheckRule(new ExclusiveUnitIsRegisteredRule(unit, _units.ContainsKey(unit)));
        var current = _units[unit].Owner;
        CheckRule(new ExclusiveUnitIsDeliveredRule(unit, current is not null));
        CheckRule(new OwnershipTransferChangesOwnerRule(unit, current!.Owner == owner));
        RaiseEvent(new ExclusiveUnitTransferred(at, Community, unit, owner, ownerName));
    }

    /// <summary>The unit with id <paramref name="unit"/>, or <see langword="null"/>.</summary>
    /// <param name="unit">The unit's id.</param>
    /// <returns>The unit, when registered.</returns>
    public ExclusiveUnit? Find(ExclusiveUnitId unit) => _units.GetValueOrDefault(unit);

    /// <summary>An immutable picture of the register.</summary>
    /// <returns>The snapshot, units in id order.</returns>
    public OwnershipRegisterSnapshot ToSnapshot() => new(Community, Developer, new EquatableArray<ExclusiveUnit>(_units.Values));

    /// <inheritdoc />
    protected override void When(DomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case OwnershipRegisterOpened e:
                (Community, Developer) = (e.Community, e.Developer);
                break;
            case ExclusiveUnitRegistered e:
                _units.Add(e.Unit, new ExclusiveUnit(e.Unit, e.Building, e.Area, null));
                break;
            case ExclusiveUnitAreaCorrected e:
                _units[e.Unit] = _units[e.Unit] with { Area = e.Area };
                break;
            case ExclusiveUnitDelivered e:
                _units[e.Unit] = _units[e.Unit] with { Owner = new UnitOwner(e.Owner, e.OwnerName) };
                break;
            case ExclusiveUnitTransferred e:
                _units[e.Unit] = _units[e.Unit] with { Owner = new UnitOwner(e.Owner, e.OwnerName) };
                break;
            default:
                RefuseForeignEvent(domainEvent);
                return;
        }

        _unitsView = null;
    }

    private static void RequireName(PersonName name)
    {
        if (name.IsDefault)
        {
            throw new DomainRuleViolationException(ActorRules.PersonNameIsWellFormed, "An owner needs a name.");
        }
    }
}
