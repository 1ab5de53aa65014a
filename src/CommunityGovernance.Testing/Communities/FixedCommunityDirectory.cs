using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// A directory (<see cref="ICommunityDirectory"/>) that knows a fixed set of units and actors from one instant on, for
/// tests and generators whose units and actors are made up rather than established through <see cref="CommunityGovernance.Communities.Hierarchy.District"/>
/// and <see cref="Actor"/> events. A unit is known with the units above it, as a community is only established under
/// its street and district.
/// </summary>
/// <remarks>
/// Production code answers the directory from events with <see cref="CommunityDirectory"/>; use this one where a test
/// is about another rule and only needs its units and actors to exist, and use <see cref="CommunityDirectory"/> where
/// the test is about what exists.
/// </remarks>
/// <example>
/// <code>
/// var directory = new FixedCommunityDirectory(at).Establish(compound).Register(raiser);
/// var demand = Demand.Raise(id, raiser, compound, category, "电梯", "…", DemandDeadlines.Default, directory, at);
/// </code>
/// </example>
public sealed class FixedCommunityDirectory : ICommunityDirectory
{
    private readonly HashSet<AreaCode> _administrative = [];
    private readonly HashSet<LivingCommunityId> _living = [];
    private readonly HashSet<ActorId> _actors = [];

    /// <summary>Creates a directory that knows nothing yet.</summary>
    /// <param name="since">The instant from which everything it is told is known; before it, nothing is.</param>
    public FixedCommunityDirectory(Instant since) => Since = since;

    /// <summary>The instant from which everything it is told is known.</summary>
    public Instant Since { get; }

    /// <summary>A directory that knows <paramref name="units"/> and <paramref name="actors"/> from <paramref name="since"/> on.</summary>
    /// <param name="since">The instant from which they are known.</param>
    /// <param name="units">The units, each with the units above it.</param>
    /// <param name="actors">The actors.</param>
    /// <returns>The directory.</returns>
    public static FixedCommunityDirectory Of(Instant since, IEnumerable<CommunityUnit> units, IEnumerable<ActorId> actors)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(actors);
        var directory = new FixedCommunityDirectory(since);
        foreach (var unit in units)
        {
            directory.Establish(unit);
        }

        foreach (var actor in actors)
        {
            directory.Register(actor);
        }

        return directory;
    }

    /// <summary>Makes the unit, and every unit above it, known.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>This directory.</returns>
    public FixedCommunityDirectory Establish(CommunityUnit unit)
    {
        if (unit.IsLiving)
        {
            _living.Add(unit.LivingCommunityId);
            return this;
        }

        for (var code = unit.AreaCode; _administrative.Add(code) && code.HasParent; code = code.Parent)
        {
        }

        return this;
    }

    /// <summary>Makes the administrative community, and the street and district above it, known.</summary>
    /// <param name="community">The community.</param>
    /// <returns>This directory.</returns>
    public FixedCommunityDirectory Establish(AdministrativeCommunityId community) => Establish(CommunityUnit.Administrative(community));

    /// <summary>Makes the living community known.</summary>
    /// <param name="livingCommunity">The living community.</param>
    /// <returns>This directory.</returns>
    public FixedCommunityDirectory Establish(LivingCommunityId livingCommunity) => Establish(CommunityUnit.Living(livingCommunity));

    /// <summary>Makes the actors known as registered.</summary>
    /// <param name="actors">The actors.</param>
    /// <returns>This directory.</returns>
    public FixedCommunityDirectory Register(params ReadOnlySpan<ActorId> actors)
    {
        foreach (var actor in actors)
        {
            _actors.Add(actor);
        }

        return this;
    }

    /// <inheritdoc />
    public bool IsEstablished(CommunityUnit unit, Instant at) =>
        at >= Since && (unit.IsLiving ? _living.Contains(unit.LivingCommunityId) : unit.IsAdministrative && _administrative.Contains(unit.AreaCode));

    /// <inheritdoc />
    public bool IsRegistered(ActorId actor, Instant at) => at >= Since && _actors.Contains(actor);
}
