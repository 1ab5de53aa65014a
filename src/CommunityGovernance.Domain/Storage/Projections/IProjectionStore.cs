namespace CommunityGovernance.Storage.Projections;

/// <summary>
/// A database that keeps the state of <see cref="DurableProjection{TSession}"/>s beside their checkpoints, for one
/// tenant, and commits the two in one transaction.
/// </summary>
/// <typeparam name="TSession">What a projection writes its rows through inside a transaction (a SQLite connection and transaction, a Marten session…).</typeparam>
/// <remarks>
/// <para>
/// A store keeps one checkpoint per projection name and tenant. <see cref="BeginAsync"/> opens a transaction and reads
/// the checkpoint inside it, so that two runners applying the same projection to the same database (two processes,
/// two hosts) cannot both apply an event: the second reads the checkpoint the first committed and skips what it holds.
/// </para>
/// <para>
/// <c>CommunityGovernance.Storage.Sqlite</c> ships one for SQLite (<c>SqliteProjectionStore</c>). A store of your own
/// can be checked with <c>ProjectionStoreContract</c> from <c>CommunityGovernance.Testing</c>.
/// </para>
/// </remarks>
public interface IProjectionStore<TSession>
{
    /// <summary>The tenant whose projections this store keeps.</summary>
    TenantId Tenant { get; }

    /// <summary>Reads a projection's committed checkpoint.</summary>
    /// <param name="projection">The projection's name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The last feed position whose effect the projection's state holds; 0 for a projection never committed.</returns>
    ValueTask<long> LoadCheckpointAsync(string projection, CancellationToken cancellationToken);

    /// <summary>Opens a transaction for a projection and reads its checkpoint inside it.</summary>
    /// <param name="projection">The projection's name.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The transaction; disposing it without <see cref="IProjectionTransaction{TSession}.CommitAsync"/> rolls back everything written through it.</returns>
    ValueTask<IProjectionTransaction<TSession>> BeginAsync(string projection, CancellationToken cancellationToken);
}

/// <summary>
/// One transaction of a <see cref="IProjectionStore{TSession}"/>: the projection writes its rows through
/// <see cref="Session"/>, and <see cref="CommitAsync"/> stores the new checkpoint and commits both, or neither.
/// </summary>
/// <typeparam name="TSession">What the projection writes through.</typeparam>
public interface IProjectionTransaction<out TSession> : IAsyncDisposable
{
    /// <summary>The projection's checkpoint as this transaction read it: events at or before it are already held.</summary>
    long Checkpoint { get; }

    /// <summary>What the projection writes its rows through; valid until the transaction is committed or disposed.</summary>
    TSession Session { get; }

    /// <summary>Stores <paramref name="checkpoint"/> as the projection's checkpoint and commits it with the rows written.</summary>
    /// <param name="checkpoint">The position of the last event applied; above <see cref="Checkpoint"/>.</param>
    /// <param name="cancellationToken">Cancels the commit; a commit cancelled before it happens stores nothing.</param>
    /// <returns>A task that completes once both are durable.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The checkpoint does not move forward.</exception>
    ValueTask CommitAsync(long checkpoint, CancellationToken cancellationToken);
}
