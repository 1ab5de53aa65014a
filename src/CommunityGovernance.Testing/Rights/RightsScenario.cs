using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;
using NodaTime;

namespace CommunityGovernance.Testing.Rights;

/// <summary>
/// A random history of governance rights over a <see cref="RightsHierarchy"/>: administrative grants and
/// integration-born rights, delegation trees up to <see cref="RightsGenerators.MaxDelegationDepth"/> deep, legal and
/// illegal delegation attempts, revocations, validity cuts and renewals, and integrations, all dated in time order — and the
/// questions to ask of the result.
/// </summary>
/// <remarks>Made by <see cref="RightsGenerators.Scenario"/>; deterministic in its seed and steps, which is how it shrinks.</remarks>
public sealed class RightsScenario
{
    internal RightsScenario(
        int seed,
        IReadOnlyList<int> steps,
        RightsHierarchy hierarchy,
        IReadOnlyList<ActorId> actors,
        IReadOnlyList<GovernanceRight> trees,
        IReadOnlyList<DomainEvent> events,
        IReadOnlyList<DelegationAttempt> delegations,
        IReadOnlyList<RefusedCommand> refusals,
        IReadOnlyList<RightsQuery> queries)
    {
        Seed = seed;
        Steps = steps;
        Hierarchy = hierarchy;
        Actors = actors;
        Trees = trees;
        Events = events;
        Delegations = delegations;
        Refusals = refusals;
        Queries = queries;
    }

    /// <summary>The seed that chose the hierarchy and the questions.</summary>
    public int Seed { get; }

    /// <summary>The seeds of the steps, one per command tried.</summary>
    public IReadOnlyList<int> Steps { get; }

    /// <summary>The units.</summary>
    public RightsHierarchy Hierarchy { get; }

    /// <summary>The actors that hold or are given rights.</summary>
    public IReadOnlyList<ActorId> Actors { get; }

    /// <summary>The aggregates, one per original right, as they stand at the end.</summary>
    public IReadOnlyList<GovernanceRight> Trees { get; }

    /// <summary>Every event raised, in the order raised, across all trees.</summary>
    public IReadOnlyList<DomainEvent> Events { get; }

    /// <summary>Every delegation tried, accepted or refused.</summary>
    public IReadOnlyList<DelegationAttempt> Delegations { get; }

    /// <summary>Every command on an existing tree that was refused.</summary>
    public IReadOnlyList<RefusedCommand> Refusals { get; }

    /// <summary>
    /// Questions to ask: known and unknown actors, every power, units above, at and below the rights' scopes,
    /// living communities, and instants on the edges of validities and revocations as well as between them.
    /// </summary>
    public IReadOnlyList<RightsQuery> Queries { get; }

    /// <summary>Every right of every tree.</summary>
    public IEnumerable<HeldRight> AllRights => Trees.SelectMany(t => t.Rights);

    /// <summary>The seed, the number of trees, rights and events, for a counterexample's label.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"scenario seed {Seed}, {Steps.Count} steps: {Trees.Count} trees, {AllRights.Count()} rights, {Events.Count} events, {Refusals.Count} refusals";
}
