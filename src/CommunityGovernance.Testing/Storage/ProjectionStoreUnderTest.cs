using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;

namespace CommunityGovernance.Testing.Storage;

/// <summary>
/// What <see cref="ProjectionStoreContract"/> needs of an <see cref="IProjectionStore{TSession}"/> of yours: to open it
/// over the one database a case runs on, and a ledger read model in it (one row per event applied, unique per tenant,
/// projection and position, so that an event applied twice fails).
/// </summary>
/// <typeparam name="TSession">What the store's projections write through.</typeparam>
public abstract class ProjectionStoreUnderTest<TSession>
{
    /// <summary>Opens the store for a tenant over the case's database; called again to reopen it as after a restart, or as a second process would.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store.</returns>
    public abstract Task<IProjectionStore<TSession>> OpenAsync(TenantId tenant, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the ledger's row for an event through the session, for the session's tenant and the projection: throws if
    /// that row is already there (committed or written earlier in the same transaction).
    /// </summary>
    /// <param name="session">The transaction's session.</param>
    /// <param name="projection">The projection's name.</param>
    /// <param name="recorded">The event.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the row is written (not yet committed).</returns>
    public abstract ValueTask RecordAsync(TSession session, string projection, RecordedEvent recorded, CancellationToken cancellationToken);

    /// <summary>Reads the committed ledger of a projection for a tenant.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="projection">The projection's name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The positions recorded, in order.</returns>
    public abstract Task<IReadOnlyList<long>> ReadLedgerAsync(TenantId tenant, string projection, CancellationToken cancellationToken);
}
