using CommunityGovernance.Communities.Crossings.ReadModels;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.Demands.ReadModels;
using CommunityGovernance.Programmes.ReadModels;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;

namespace CommunityGovernance.Orleans.Hosting;

/// <summary>
/// One tenant's read models on one silo, following the tenant's feed: the directory of what exists, the live rights
/// index, the response field, programme fulfilment and the crossings. Every silo runs its own copy, so a command reads them locally.
/// </summary>
public sealed class GovernanceReadModels
{
    /// <summary>Creates the read models of a tenant and the runner that keeps them current from its store.</summary>
    /// <param name="store">The tenant's store.</param>
    /// <param name="options">The runner's options; the default polls every 200 ms.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is <see langword="null"/>.</exception>
    public GovernanceReadModels(IEventStore store, ProjectionRunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        Tenant = store.Tenant;
        Runner = new ProjectionRunner(store, [Directory, Rights, ResponseField, Programmes, Crossings], options);
    }

    /// <summary>The tenant.</summary>
    public TenantId Tenant { get; }

    /// <summary>The units established and the actors registered: the directory commands such as <c>Demand.Raise</c> check.</summary>
    public CommunityDirectory Directory { get; } = new();

    /// <summary>Rights checks (治理权) while rights change.</summary>
    public LiveGovernanceRightsIndex Rights { get; } = new();

    /// <summary>The response field (回应场) rolled up through coverage, and the demand list.</summary>
    public ResponseFieldView ResponseField { get; } = new();

    /// <summary>Programme fulfilment by street and community.</summary>
    public ProgrammeFulfilmentView Programmes { get; } = new();

    /// <summary>Orders and decisions by community and status.</summary>
    public CrossingsView Crossings { get; } = new();

    /// <summary>The runner that follows the feed; <c>WaitForAsync</c> reads your own writes.</summary>
    public ProjectionRunner Runner { get; }
}
