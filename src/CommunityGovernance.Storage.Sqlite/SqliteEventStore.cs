using System.Runtime.CompilerServices;
using CommunityGovernance.Kernel;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace CommunityGovernance.Storage.Sqlite;

/// <summary>
/// The embedded default <see cref="IEventStore"/>: one SQLite file in WAL mode, for a street office, a sample or a
/// vendor's single-machine deployment. Every append is one transaction that takes the write lock first, so writers
/// (threads, store instances, processes) queue, an append is stored whole or not at all, and feed positions follow
/// commit order with no position ever appearing behind one a reader has seen.
/// </summary>
/// <remarks>
/// <para>
/// Open it with <see cref="OpenAsync"/>, which creates the schema in a new file and brings an older file up to date.
/// Instances are immutable and thread-safe: each operation takes its own connection from Microsoft.Data.Sqlite's pool.
/// Tenants opened with <see cref="ForTenant"/> (or with their own options) share the file and the positions, and never
/// see each other's streams.
/// </para>
/// <para>
/// Calls do their work on the calling thread, as Microsoft.Data.Sqlite's asynchronous methods do underneath, and hand
/// back a completed task: an append waiting for another writer's lock holds its thread for up to
/// <see cref="SqliteEventStoreOptions.BusyTimeout"/>, and its cancellation token is looked at again once it has the lock.
/// </para>
/// <para>
/// Faults: an error of SQLite (a locked file past the busy timeout, a read-only or full disk) surfaces as the
/// <see cref="SqliteException"/> SQLite raised; a cancelled operation throws <see cref="OperationCanceledException"/>
/// and an append cancelled before its commit stores nothing. Messages name the database by its file name and never
/// show the connection string, which may hold a password.
/// </para>
/// </remarks>
public sealed partial class SqliteEventStore : IImportingEventStore
{
    /// <summary>The rule broken by a serializer that would write personal data in clear text.</summary>
    public const string PersonalDataProtectedRule = "StorePersonalDataIsProtected";

    /// <summary>The rule broken by a database written by a newer version of this library.</summary>
    public const string SchemaVersionKnownRule = "StoreSchemaVersionIsKnown";

    private const int ListPageSize = 512;

    private readonly SqliteDatabase _database;
    private readonly DomainEventSerializer _serializer;
    private readonly IClock _clock;

    private SqliteEventStore(SqliteDatabase database, DomainEventSerializer serializer, IClock clock, TenantId tenant)
    {
        _database = database;
        _serializer = serializer;
        _clock = clock;
        Tenant = tenant;
    }

    /// <summary>The schema version this library writes; a file of a newer version is refused.</summary>
    public static int SchemaVersion => SqliteSchema.CurrentVersion;

    /// <inheritdoc />
    public TenantId Tenant { get; }

    /// <summary>The serializer this store reads and writes with.</summary>
    public DomainEventSerializer Serializer => _serializer;

    /// <summary>
    /// Opens the store: switches the file to WAL mode, creates the schema in a new file, and migrates an older one.
    /// </summary>
    /// <param name="options">Which file, which tenant, and how events are written.</param>
    /// <param name="cancellationToken">Cancels the opening; a cancelled migration changes nothing.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException">The options are incomplete or contradictory.</exception>
    /// <exception cref="DomainRuleViolationException">
    /// The serializer does not protect personal data (<see cref="PersonalDataProtectedRule"/>), or the file was written
    /// by a newer version of this library (<see cref="SchemaVersionKnownRule"/>).
    /// </exception>
    /// <exception cref="SqliteException">SQLite cannot open or write the file.</exception>
    public static Task<SqliteEventStore> OpenAsync(SqliteEventStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var database = SqliteDatabase.From(options.DataSource, options.ConnectionString, options.BusyTimeout, nameof(options));
        return SqliteWork.Complete(
            () =>
            {
                using var connection = database.Open();
                using (var wal = connection.CreateCommand())
                {
                    // Persistent in the file: readers then never block the writer, nor the writer them.
                    wal.CommandText = "PRAGMA journal_mode = WAL;";
                    wal.ExecuteNonQuery();
                }

                SqliteSchema.Migrate(connection, SqliteSchema.Migrations, database.Name, cancellationToken);
                return new SqliteEventStore(database, options.Serializer, options.Clock, options.Tenant);
            },
            cancellationToken);
    }

    /// <summary>A store for another tenant over the same file, serializer and clock.</summary>
    /// <param name="tenant">The tenant.</param>
    /// <returns>The tenant's store.</returns>
    public SqliteEventStore ForTenant(TenantId tenant) => new(_database, _serializer, _clock, tenant);

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(StreamName stream, CancellationToken cancellationToken = default)
    {
        EventStoreGuards.Stream(stream);
        return SqliteWork.Complete(() => ReadStream(stream, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<AppendResult> AppendAsync(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken = default)
    {
        EventStoreGuards.Append(stream, expectedVersion, events);
        return SqliteWork.Complete(() => Append(stream, expectedVersion, events, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One <c>BEGIN IMMEDIATE</c> transaction for the whole import, one prepared insert for every event; the events are
    /// serialized (and their personal data encrypted) before the write lock is taken.
    /// </remarks>
    public Task<ImportResult> ImportAsync(IReadOnlyList<NewStream> streams, CancellationToken cancellationToken = default)
    {
        var count = EventStoreGuards.Import(streams);
        return SqliteWork.Complete(() => Import(streams, count, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        EventStoreGuards.Feed(afterPosition, maxCount);
        return SqliteWork.Complete(() => ReadAll(afterPosition, maxCount, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StreamName> ListStreamsAsync(string kind, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StreamName.ValidateKind(kind);

        // Page by key, a connection per page, so a slow consumer holds no read snapshot open in between.
        var after = string.Empty;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = ListPage(kind, after, cancellationToken);
            foreach (var key in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return StreamName.Create(kind, key);
            }

            if (page.Count < ListPageSize)
            {
                break;
            }

            after = page[^1];
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private IReadOnlyList<RecordedEvent> ReadStream(StreamName stream, CancellationToken cancellationToken)
    {
        using var connection = _database.Open();
        using var select = connection.CreateCommand();
        select.CommandText = Sql.SelectStream;
        select.Parameters.AddWithValue("$tenant", Tenant.Value);
        select.Parameters.AddWithValue("$kind", stream.Kind);
        select.Parameters.AddWithValue("$key", stream.Key);
        using var reader = select.ExecuteReader();
        var events = new List<RecordedEvent>();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            events.Add(Read(reader, stream));
        }

        return events;
    }

    private AppendResult Append(StreamName stream, long expectedVersion, IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken)
    {
        // Serialize (and encrypt) before taking the write lock, so other writers wait only for the inserts.
        var stored = new StoredEvent[events.Count];
        for (var i = 0; i < stored.Length; i++)
        {
            stored[i] = _serializer.Serialize(events[i]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: the write lock, now.
        try
        {
            var actual = VersionOf(connection, transaction, stream);
            if (actual != expectedVersion)
            {
                throw new ConcurrencyConflictException(stream.ToString(), expectedVersion, actual);
            }

            // Stamped under the lock, so stored times follow positions as far as the clock allows.
            using var insert = new EventInsert(connection, transaction, Tenant, _clock.GetCurrentInstant());
            insert.Stream(stream);
            for (var i = 0; i < stored.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                insert.Execute(expectedVersion + i + 1, stored[i]);
            }

            var lastPosition = SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle);
            cancellationToken.ThrowIfCancellationRequested(); // The last moment a cancellation can still leave nothing written.
            transaction.Commit();
            return new AppendResult(expectedVersion + stored.Length, lastPosition);
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == Sql.UniqueConstraintFailed)
        {
            // A writer that does not take the write lock first (another tool on the same file) got there between
            // the version check and the insert: the same conflict, found by the constraint instead.
            transaction.Rollback();
            throw new ConcurrencyConflictException(stream.ToString(), expectedVersion, VersionOf(connection, null, stream));
        }
    }

    private ImportResult Import(IReadOnlyList<NewStream> streams, long count, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return default;
        }

        var stored = new StoredEvent[streams.Count][];
        for (var n = 0; n < stored.Length; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stored[n] = [.. streams[n].Events.Select(_serializer.Serialize)];
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var version = connection.CreateCommand();
        version.Transaction = transaction;
        version.CommandText = Sql.SelectVersion;
        version.Parameters.AddWithValue("$tenant", Tenant.Value);
        var versionKind = version.Parameters.Add("$kind", SqliteType.Text);
        var versionKey = version.Parameters.Add("$key", SqliteType.Text);
        version.Prepare();
        foreach (var stream in streams)
        {
            versionKind.Value = stream.Stream.Kind;
            versionKey.Value = stream.Stream.Key;
            if ((long)version.ExecuteScalar()! is var actual and not 0)
            {
                throw new ConcurrencyConflictException(stream.Stream.ToString(), 0, actual);
            }
        }

        using var insert = new EventInsert(connection, transaction, Tenant, _clock.GetCurrentInstant());
        var first = 0L;
        var s = 0;
        try
        {
            for (; s < stored.Length; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                insert.Stream(streams[s].Stream);
                for (var i = 0; i < stored[s].Length; i++)
                {
                    insert.Execute(i + 1, stored[s][i]);
                    first = first == 0 ? SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle) : first;
                }
            }
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == Sql.UniqueConstraintFailed)
        {
            // Only a writer that does not take the write lock first can have created the stream since the check.
            transaction.Rollback();
            throw new ConcurrencyConflictException(streams[s].Stream.ToString(), 0, VersionOf(connection, null, streams[s].Stream));
        }

        var last = SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle);
        cancellationToken.ThrowIfCancellationRequested(); // The last moment a cancellation can still leave nothing written.
        transaction.Commit();
        return new ImportResult(streams.Count, count, first, last);
    }

    /// <summary>The one prepared insert of an append or an import: a tenant's events stamped with one instant.</summary>
    private sealed class EventInsert : IDisposable
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _kind;
        private readonly SqliteParameter _key;
        private readonly SqliteParameter _version;
        private readonly SqliteParameter _type;
        private readonly SqliteParameter _schemaVersion;
        private readonly SqliteParameter _data;

        public EventInsert(SqliteConnection connection, SqliteTransaction transaction, TenantId tenant, Instant storedAt)
        {
            _command = connection.CreateCommand();
            _command.Transaction = transaction;
            _command.CommandText = Sql.Insert;
            _command.Parameters.AddWithValue("$tenant", tenant.Value);
            _command.Parameters.AddWithValue("$at", InstantPattern.ExtendedIso.Format(storedAt));
            _kind = _command.Parameters.Add("$kind", SqliteType.Text);
            _key = _command.Parameters.Add("$key", SqliteType.Text);
            _version = _command.Parameters.Add("$version", SqliteType.Integer);
            _type = _command.Parameters.Add("$type", SqliteType.Text);
            _schemaVersion = _command.Parameters.Add("$schema", SqliteType.Integer);
            _data = _command.Parameters.Add("$data", SqliteType.Text);
            _command.Prepare();
        }

        /// <summary>The stream the next events go to.</summary>
        public void Stream(StreamName stream)
        {
            _kind.Value = stream.Kind;
            _key.Value = stream.Key;
        }

        public void Execute(long version, StoredEvent stored)
        {
            _version.Value = version;
            _type.Value = stored.Type;
            _schemaVersion.Value = stored.SchemaVersion;
            _data.Value = stored.Data;
            _command.ExecuteNonQuery();
        }

        public void Dispose() => _command.Dispose();
    }

    private long VersionOf(SqliteConnection connection, SqliteTransaction? transaction, StreamName stream)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = Sql.SelectVersion;
        select.Parameters.AddWithValue("$tenant", Tenant.Value);
        select.Parameters.AddWithValue("$kind", stream.Kind);
        select.Parameters.AddWithValue("$key", stream.Key);
        return (long)select.ExecuteScalar()!;
    }

    private IReadOnlyList<RecordedEvent> ReadAll(long afterPosition, int maxCount, CancellationToken cancellationToken)
    {
        using var connection = _database.Open();
        using var select = connection.CreateCommand();
        select.CommandText = Sql.SelectFeed;
        select.Parameters.AddWithValue("$tenant", Tenant.Value);
        select.Parameters.AddWithValue("$after", afterPosition);
        select.Parameters.AddWithValue("$max", maxCount);
        using var reader = select.ExecuteReader();
        var events = new List<RecordedEvent>(Math.Min(maxCount, 1024));
        var stream = default(StreamName);
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = reader.GetString(Sql.KindColumn);
            var key = reader.GetString(Sql.KeyColumn);
            if (!string.Equals(stream.Kind, kind, StringComparison.Ordinal) || !string.Equals(stream.Key, key, StringComparison.Ordinal))
            {
                stream = StreamName.Create(kind, key);
            }

            events.Add(Read(reader, stream));
        }

        return events;
    }

    private List<string> ListPage(string kind, string after, CancellationToken cancellationToken)
    {
        using var connection = _database.Open();
        using var select = connection.CreateCommand();
        select.CommandText = Sql.SelectKeys;
        select.Parameters.AddWithValue("$tenant", Tenant.Value);
        select.Parameters.AddWithValue("$kind", kind);
        select.Parameters.AddWithValue("$after", after);
        select.Parameters.AddWithValue("$max", ListPageSize);
        using var reader = select.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private RecordedEvent Read(SqliteDataReader reader, StreamName stream)
    {
        var version = reader.GetInt64(Sql.VersionColumn);
        var type = reader.GetString(Sql.TypeColumn);
        var schemaVersion = reader.GetInt64(Sql.SchemaVersionColumn);
        if (schemaVersion is < int.MinValue or > int.MaxValue)
        {
            throw new StoredEventUnreadableException(stream, version, type, $"its schema version {schemaVersion} is out of range.");
        }

        var storedAtText = reader.GetString(Sql.StoredAtColumn);
        var storedAt = InstantPattern.ExtendedIso.Parse(storedAtText);
        if (!storedAt.Success)
        {
            throw new StoredEventUnreadableException(stream, version, type, $"its stored time '{storedAtText}' is not an ISO instant.", storedAt.Exception);
        }

        var stored = new StoredEvent(type, (int)schemaVersion, reader.GetString(Sql.DataColumn));
        return new RecordedEvent(reader.GetInt64(Sql.PositionColumn), stream, version, storedAt.Value, _serializer.Deserialize(stored, stream, version));
    }
}
