using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using NodaTime;

namespace CommunityGovernance.Communities.Directory;

/// <summary>
/// The directory of established units and registered actors (<see cref="ICommunityDirectory"/>), learnt from the events
/// that establish them: a district's <see cref="DistrictEstablished"/>, <see cref="StreetEstablished"/> and
/// <see cref="AdministrativeCommunityEstablished"/>, a living community's <see cref="LivingCommunityFounded"/>, an actor's
/// <see cref="OrganisationRegistered"/> and <see cref="ResidentRegistered"/>. Every other event is passed over.
/// </summary>
/// <remarks>
/// <para>
/// Kept current from the feed by a <see cref="ProjectionRunner"/>, or built from events at hand with
/// <see cref="Build"/> (an aggregate's <see cref="AggregateRoot.PendingEvents"/> before it is saved, or a stream read
/// back). A unit is known from the instant its establishing event occurred; nothing is ever abolished. The city and
/// province above a district, which no aggregate establishes, are known from the instant the first district under them is.
/// </para>
/// <para>
/// Thread-safe: commands read it while the runner applies events. Each kind of key sits in one open-addressing table of
/// structs, written under a lock and read without one, so a country's directory is a handful of arrays rather than a
/// node per unit and actor for every garbage collection to trace.
/// </para>
/// </remarks>
[SanctionedCrossing("The directory names units of either side by their identifiers only, and says nothing about how they overlap.")]
public sealed class CommunityDirectory : InMemoryProjection, ICommunityDirectory
{
    private readonly KnownSince<AreaCode> _administrative = new();
    private readonly KnownSince<LivingCommunityId> _living = new();
    private readonly KnownSince<ActorId> _actors = new();

    /// <summary>Creates an empty directory.</summary>
    /// <param name="name">The projection's name; <c>community-directory</c> unless told.</param>
    public CommunityDirectory(string name = "community-directory")
        : base(name)
    {
    }

    /// <summary>The number of administrative units (districts, streets, communities) the directory knows.</summary>
    public int AdministrativeUnitCount => _administrative.Count;

    /// <summary>The number of living communities the directory knows.</summary>
    public int LivingCommunityCount => _living.Count;

    /// <summary>The number of actors the directory knows.</summary>
    public int ActorCount => _actors.Count;

    /// <summary>Builds a directory from events at hand, in any order.</summary>
    /// <param name="events">The events; those that establish nothing are passed over.</param>
    /// <returns>The directory.</returns>
    public static CommunityDirectory Build(IEnumerable<DomainEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var directory = new CommunityDirectory();
        foreach (var domainEvent in events)
        {
            directory.Apply(domainEvent);
        }

        return directory;
    }

    /// <summary>Learns from one event; an event that establishes nothing is passed over.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns><see langword="true"/> when the event established a unit or registered an actor.</returns>
    public bool Apply(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return domainEvent switch
        {
            DistrictEstablished e => LearnWithAncestors(e.District, e.OccurredAt),
            StreetEstablished e => Learn(_administrative, e.Street, e.OccurredAt),
            AdministrativeCommunityEstablished e => Learn(_administrative, e.Community.AreaCode, e.OccurredAt),
            LivingCommunityFounded e => Learn(_living, e.Community, e.OccurredAt),
            OrganisationRegistered e => Learn(_actors, e.Actor, e.OccurredAt),
            ResidentRegistered e => Learn(_actors, e.Actor, e.OccurredAt),
            _ => false,
        };
    }

    /// <inheritdoc />
    public bool IsEstablished(CommunityUnit unit, Instant at) =>
        unit.IsAdministrative ? Knows(_administrative, unit.AreaCode, at)
        : unit.IsLiving && Knows(_living, unit.LivingCommunityId, at);

    /// <inheritdoc />
    public bool IsRegistered(ActorId actor, Instant at) => Knows(_actors, actor, at);

    /// <inheritdoc />
    protected override void When(RecordedEvent recorded) => Apply(recorded.Event);

    private static bool Knows<TKey>(KnownSince<TKey> known, TKey key, Instant at)
        where TKey : IEquatable<TKey> =>
        known.Knows(key, at);

    // The hierarchy above the district has no aggregate: a city and a province exist once a district under them does.
    private bool LearnWithAncestors(AreaCode district, Instant at)
    {
        for (var code = district; ; code = code.Parent)
        {
            Learn(_administrative, code, at);
            if (!code.HasParent)
            {
                return true;
            }
        }
    }

    // The earliest instant wins: a unit is established once, but events built by hand may repeat one.
    private static bool Learn<TKey>(KnownSince<TKey> known, TKey key, Instant at)
        where TKey : IEquatable<TKey>
    {
        known.Learn(key, at);
        return true;
    }
}
