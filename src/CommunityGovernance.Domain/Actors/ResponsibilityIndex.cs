using Ardalis.GuardClauses;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Actors;

/// <summary>
/// Who is responsible (责) for a kind of case about a unit, looked up without scanning every actor: the actors'
/// <see cref="Responsibility"/> values indexed by category and unit. The dispatcher's first question (派给谁).
/// </summary>
/// <remarks>
/// <para>
/// A lookup reads the unit's own entry and then, for an administrative unit, the entry of each unit above it
/// (community → street → district → city → province): at most five dictionary reads, whatever the number of actors.
/// It answers exactly the actors <see cref="Actor.IsResponsibleFor"/> accepts, nearest unit first and, within a
/// unit, in id order; a property test holds it to the scan.
/// </para>
/// <para>
/// The index follows changes through <see cref="Apply"/> (<see cref="ResponsibilityAssigned"/>,
/// <see cref="ResponsibilityWithdrawn"/>). Reads may run on several threads at once; a write must not run beside
/// them.
/// </para>
/// </remarks>
public sealed class ResponsibilityIndex
{
    private readonly Dictionary<(DemandCategory Category, CommunityUnit Unit), List<ActorId>> _entries = [];

    private ResponsibilityIndex()
    {
    }

    /// <summary>The number of responsibilities indexed.</summary>
    public int Count { get; private set; }

    /// <summary>Indexes the responsibilities of the given actors.</summary>
    /// <param name="actors">The actors.</param>
    /// <returns>The index.</returns>
    /// <exception cref="DomainRuleViolationException">The actors, or one of them, are missing.</exception>
    public static ResponsibilityIndex Of(IEnumerable<Actor> actors)
    {
        var index = new ResponsibilityIndex();
        foreach (var actor in Guard.Against.MissingValue(actors))
        {
            Guard.Against.MissingValue(actor);
            foreach (var responsibility in actor.Responsibilities)
            {
                index.Add(actor.Id, responsibility);
            }
        }

        return index;
    }

    /// <summary>Follows a change of responsibility; other events are ignored.</summary>
    /// <param name="domainEvent">An event of an actor's stream.</param>
    /// <returns><see langword="true"/> when the event changed the index.</returns>
    /// <exception cref="DomainRuleViolationException">The event is missing.</exception>
    public bool Apply(DomainEvent domainEvent) => Guard.Against.MissingValue(domainEvent) switch
    {
        ResponsibilityAssigned e => Add(e.Actor, e.Responsibility),
        ResponsibilityWithdrawn e => Remove(e.Actor, e.Responsibility),
        _ => false,
    };

    /// <summary>The actors responsible for demands of <paramref name="category"/> about <paramref name="unit"/>, nearest unit first.</summary>
    /// <param name="category">The category.</param>
    /// <param name="unit">The unit the case is about.</param>
    /// <returns>The actors, possibly none.</returns>
    /// <exception cref="DomainRuleViolationException">The category is unknown or the unit missing.</exception>
    public IReadOnlyList<ActorId> ResponsibleFor(DemandCategory category, CommunityUnit unit)
    {
        Guard.Against.UnknownValue(category, DemandRules.CategoryIsKnown);
        Guard.Against.MissingUnit(unit);
        if (unit.IsLiving)
        {
            return _entries.TryGetValue((category, unit), out var living) ? [.. living] : [];
        }

        var found = new List<ActorId>();
        var code = unit.AreaCode;
        while (true)
        {
            if (_entries.TryGetValue((category, CommunityUnit.Administrative(code)), out var here))
            {
                // An actor responsible at several levels is listed once, at the nearest.
                found.AddRange(found.Count == 0 ? here : here.Where(id => !found.Contains(id)));
            }

            if (!code.HasParent)
            {
                return found;
            }

            code = code.Parent;
        }
    }

    /// <summary>The actors responsible for cases of <paramref name="service"/> about <paramref name="unit"/>: those of its category, nearest unit first.</summary>
    /// <param name="service">The catalogue's service.</param>
    /// <param name="unit">The unit the case is about.</param>
    /// <returns>The actors, possibly none.</returns>
    /// <exception cref="DomainRuleViolationException">The service or the unit is missing.</exception>
    public IReadOnlyList<ActorId> ResponsibleFor(ServiceDefinition service, CommunityUnit unit) =>
        ResponsibleFor(Guard.Against.MissingValue(service).Category, unit);

    /// <summary>The nearest responsible actor, or <see langword="null"/> when none is.</summary>
    /// <param name="category">The category.</param>
    /// <param name="unit">The unit the case is about.</param>
    /// <returns>The first of <see cref="ResponsibleFor(DemandCategory, CommunityUnit)"/>, or <see langword="null"/>.</returns>
    /// <exception cref="DomainRuleViolationException">The category is unknown or the unit missing.</exception>
    public ActorId? NearestResponsibleFor(DemandCategory category, CommunityUnit unit) =>
        ResponsibleFor(category, unit) is [var first, ..] ? first : null;

    private bool Add(ActorId actor, Responsibility responsibility)
    {
        var key = (responsibility.Category, responsibility.Unit);
        if (!_entries.TryGetValue(key, out var actors))
        {
            _entries[key] = actors = [];
        }

        var at = actors.BinarySearch(actor);
        if (at >= 0)
        {
            return false;
        }

        actors.Insert(~at, actor);
        Count++;
        return true;
    }

    private bool Remove(ActorId actor, Responsibility responsibility)
    {
        var key = (responsibility.Category, responsibility.Unit);
        if (!_entries.TryGetValue(key, out var actors) || !actors.Remove(actor))
        {
            return false;
        }

        if (actors.Count == 0)
        {
            _entries.Remove(key);
        }

        Count--;
        return true;
    }
}
