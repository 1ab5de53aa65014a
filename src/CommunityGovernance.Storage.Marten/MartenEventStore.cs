using CommunityGovernance.Kernel;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Npgsql;

namespace CommunityGovernance.Storage.Marten;

/// <summary>
/// An <see cref="IEventStore"/> for one tenant over Marten's event store in PostgreSQL: each stream is a Marten
/// stream keyed <c>kind/key</c>, each append one Marten unit of work at an expected version, feed positions are
/// Marten's sequence numbers, and tenants are Marten's conjoined tenants. Configure the Marten store with
/// <see cref="StoreOptionsExtensions.UseCommunityGovernance"/> first.
/// </summary>
/// <remarks>
/// <para>
/// Instances are immutable and thread-safe; each operation opens its own Marten session. Appends of one tenant are
/// serialised by a transaction-scoped advisory lock taken before Marten draws sequence numbers, so feed positions
/// follow commit order (see <c>docs/storage-marten.md</c>); appends of different tenants do not wait for each other.
/// </para>
/// <para>
/// Faults: a database that is down, a timeout or a dropped connection surfaces as the exception Npgsql or Marten
/// raised (<see cref="NpgsqlException"/>, <see cref="MartenCommandException"/>, …) with its cause, and an append
/// that fails is rolled back whole. Messages never show the connection string. A cancelled operation throws
/// <see cref="OperationCanceledException"/>; an append cancelled before its commit stores nothing.
/// </para>
/// </remarks>
public sealed partial class MartenEventStore : IImportingEventStore
{
    /// <summary>The rule broken by a serializer that would write personal data in clear text.</summary>
    public const string PersonalDataProtectedRule = "StorePersonalDataIsProtected";

    /// <summary>The first key of the per-tenant advisory lock appends take (<c>pg_advisory_xact_lock(int, int)</c>).</summary>
    public const int FeedLockNamespace = FeedLock.Namespace;

    private readonly IDocumentStore _store;
    private readonly LibraryEvents _events;
    private readonly string _schema;

    /// <summary>Opens the store for one tenant over a Marten store configured with <see cref="StoreOptionsExtensions.UseCommunityGovernance"/>.</summary>
    /// <param name="store">The Marten store.</param>
    /// <param name="tenant">The tenant; <see cref="TenantId.Default"/> when omitted.</param>
    /// <exception cref="InvalidOperationException">The Marten store was not configured with <c>UseCommunityGovernance</c>.</exception>
    public MartenEventStore(IDocumentStore store, TenantId tenant = default)
        : this(store ?? throw new ArgumentNullException(nameof(store)), LibraryEvents.Of(store), tenant)
    {
    }

    private MartenEventStore(IDocumentStore store, LibraryEvents events, TenantId tenant)
    {
        _store = store;
        _events = events;
        _schema = store.Options.Events.DatabaseSchemaName;
        Tenant = tenant;
    }

    /// <inheritdoc />
    public TenantId Tenant { get; }

    /// <summary>The serializer the Marten store was configured with.</summary>
    public DomainEventSerializer Serializer => _events.Serializer;

    /// <summary>The Marten store.</summary>
    public IDocumentStore DocumentStore => _store;

    /// <summary>The second key of a tenant's advisory lock: a stable hash of its id, the same in every process.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The key to pass with <see cref="FeedLockNamespace"/> to <c>pg_advisory_xact_lock</c>.</returns>
    public static int FeedLockKey(TenantId tenant) => FeedLock.KeyOf(tenant);

    /// <summary>A store for another tenant over the same Marten store.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The tenant's store.</returns>
    public MartenEventStore ForTenant(TenantId tenant) => new(_store, _events, tenant);

    /// <inheritdoc />
    public async Task<AppendResult> AppendAsync(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default)
    {
        EventStoreGuards.Append(stream, expectedVersion, events);
        _events.CheckKnown(events);
        cancellationToken.ThrowIfCancellationRequested();
        var key = stream.ToString();
        var session = _store.LightweightSession(Tenant.Value);
        await using (session.ConfigureAwait(false))
        {
            await session.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var connection = session.Connection ?? throw new InvalidOperationException("Marten opened no connection for the append's transaction.");
            var current = await LockFeedAndReadVersionAsync(connection, key, cancellationToken).ConfigureAwait(false);
            if (current != expectedVersion)
            {
                throw new ConcurrencyConflictException(key, expectedVersion, current);
            }

            var action = session.Events.Append(key, expectedVersion + events.Count, [.. events]);
            ((ITransactionParticipantRegistrar)session).AddTransactionParticipant(new FeedLock.Guard(connection, action, expectedVersion));
            try
            {
                await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsVersionConflict(e))
            {
                // Only a writer that bypasses the lock (Marten used directly) can get here: our check above ran under
                // it. Marten's own check (Rich) or the guard's look at the versions the server gave (Quick) found it.
                throw new ConcurrencyConflictException(key, expectedVersion, await ReadVersionAsync(key, cancellationToken).ConfigureAwait(false));
            }

            return new AppendResult(expectedVersion + events.Count, action.Events[^1].Sequence);
        }
    }

    // One round trip: wait for the tenant's feed lock, then read the stream's version under it.
    private async Task<long> LockFeedAndReadVersionAsync(NpgsqlConnection connection, string key, CancellationToken cancellationToken)
    {
        var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                FeedLock.Take(Tenant),
                new NpgsqlBatchCommand(VersionSql) { Parameters = { new() { Value = key }, new() { Value = Tenant.Value } } },
            },
        };
        await using (batch.ConfigureAwait(false))
        {
            var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetInt64(0) : 0;
            }
        }
    }

    private async Task<long> ReadVersionAsync(string key, CancellationToken cancellationToken)
    {
        var session = _store.QuerySession(Tenant.Value);
        await using (session.ConfigureAwait(false))
        {
            var versions = await session.QueryAsync<long>(
                $"select version from {_schema}.mt_streams where id = ? and tenant_id = ?", cancellationToken, key, Tenant.Value).ConfigureAwait(false);
            return versions.Count == 0 ? 0 : versions[0];
        }
    }

    private string VersionSql => $"select version from {_schema}.mt_streams where id = $1 and tenant_id = $2";

    private static bool IsVersionConflict(Exception e)
    {
        for (var cause = e; cause is not null; cause = cause.InnerException)
        {
            if (cause is ConcurrencyException or ConcurrencyConflictException or ExistingStreamIdCollisionException or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
