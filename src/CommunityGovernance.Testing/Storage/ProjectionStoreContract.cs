using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;

namespace CommunityGovernance.Testing.Storage;

/// <summary>
/// The contract every <see cref="IProjectionStore{TSession}"/> must keep, as named cases that run against a store of
/// yours: a projection's rows and its checkpoint move together or not at all, whatever stops a batch (a failing event,
/// a cancellation, a failed commit, an abandoned transaction); a restarted projection resumes without applying an event
/// twice or skipping one; two runners of one projection over one database apply each event once between them; tenants
/// keep their own checkpoints.
/// </summary>
/// <remarks>
/// Framework-neutral: a failed case throws <see cref="ProjectionStoreContractException"/> saying what broke. With xunit,
/// <code>
/// public static TheoryData&lt;string&gt; Cases =&gt; new(ProjectionStoreContract.CaseNames);
///
/// [Theory, MemberData(nameof(Cases))]
/// public Task Keeps_the_projection_store_contract(string name) =&gt;
///     ProjectionStoreContract.RunAsync(name, new MyStoreUnderTest(freshDatabase));
/// </code>
/// Give each case a fresh database. The events come from an <see cref="InMemoryEventStore"/> of the case's own.
/// </remarks>
public static partial class ProjectionStoreContract
{
    private const string LedgerName = "contract-ledger";

    /// <summary>The names of every case, in a stable order.</summary>
    public static IReadOnlyList<string> CaseNames { get; } =
    [
        "AbandonedTransactionChangesNothing",
        "CancellationMidBatchChangesNothing",
        "CheckpointMovesWithTheRows",
        "CheckpointOnlyMovesForward",
        "CompetingRunnersApplyEachEventOnce",
        "EventsAtOrBeforeTheCheckpointAreNotAppliedAgain",
        "FailedCommitChangesNothing",
        "FailureMidBatchCommitsTheEventsBeforeIt",
        "TenantsKeepTheirOwnCheckpointsAndRows",
    ];

    /// <summary>Runs one case against the store under test, over one fresh database.</summary>
    /// <typeparam name="TSession">What the store's projections write through.</typeparam>
    /// <param name="caseName">One of <see cref="CaseNames"/>.</param>
    /// <param name="underTest">Opens the store and reads and writes its ledger.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when the case has passed.</returns>
    /// <exception cref="ProjectionStoreContractException">The store broke the contract; the message says how.</exception>
    /// <exception cref="ArgumentException">No case has that name.</exception>
    public static async Task RunAsync<TSession>(string caseName, ProjectionStoreUnderTest<TSession> underTest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(underTest);
        if (caseName is null || !CaseNames.Contains(caseName, StringComparer.Ordinal))
        {
            throw new ArgumentException($"No projection store contract case is named '{caseName}'; see {nameof(ProjectionStoreContract)}.{nameof(CaseNames)}.", nameof(caseName));
        }

        var run = new ContractRun<TSession>(caseName, underTest, new InMemoryEventStore(new DomainEventSerializer()), cancellationToken);
        try
        {
            await (caseName switch
            {
                "AbandonedTransactionChangesNothing" => AbandonedTransactionChangesNothing(run),
                "CancellationMidBatchChangesNothing" => CancellationMidBatchChangesNothing(run),
                "CheckpointMovesWithTheRows" => CheckpointMovesWithTheRows(run),
                "CheckpointOnlyMovesForward" => CheckpointOnlyMovesForward(run),
                "CompetingRunnersApplyEachEventOnce" => CompetingRunnersApplyEachEventOnce(run),
                "EventsAtOrBeforeTheCheckpointAreNotAppliedAgain" => EventsAtOrBeforeTheCheckpointAreNotAppliedAgain(run),
                "FailedCommitChangesNothing" => FailedCommitChangesNothing(run),
                "FailureMidBatchCommitsTheEventsBeforeIt" => FailureMidBatchCommitsTheEventsBeforeIt(run),
                _ => TenantsKeepTheirOwnCheckpointsAndRows(run),
            }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not ProjectionStoreContractException && !(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // A store that breaks the contract may do so by throwing where it should not: that is a failed case too.
            throw new ProjectionStoreContractException(caseName, $"the store threw {e.GetType().Name} where the contract expects none: {e.Message}", e);
        }
    }

    /// <summary>What a case works with: the store under test, the feed, and the cancellation.</summary>
    private sealed record ContractRun<TSession>(string Name, ProjectionStoreUnderTest<TSession> UnderTest, InMemoryEventStore Feed, CancellationToken CancellationToken)
    {
        public Task<IProjectionStore<TSession>> OpenAsync(TenantId? tenant = null) => UnderTest.OpenAsync(tenant ?? TenantId.Default, CancellationToken);

        public Task<IReadOnlyList<long>> LedgerAsync(TenantId? tenant = null) => UnderTest.ReadLedgerAsync(tenant ?? TenantId.Default, LedgerName, CancellationToken);

        public void Check(bool condition, string broken)
        {
            if (!condition)
            {
                throw new ProjectionStoreContractException(Name, broken);
            }
        }

        /// <summary>Checks that the store's checkpoint and its ledger both stand at the first <paramref name="count"/> of <paramref name="positions"/>.</summary>
        public async Task CheckStandsAtAsync(IProjectionStore<TSession> store, IReadOnlyList<long> positions, int count, string when)
        {
            var checkpoint = await store.LoadCheckpointAsync(LedgerName, CancellationToken).ConfigureAwait(false);
            var ledger = await UnderTest.ReadLedgerAsync(store.Tenant, LedgerName, CancellationToken).ConfigureAwait(false);
            var expected = positions.Take(count).ToArray();
            var expectedCheckpoint = count == 0 ? 0 : positions[count - 1];
            Check(checkpoint == expectedCheckpoint, $"{when}, the checkpoint is {checkpoint}, not {expectedCheckpoint}.");
            Check(ledger.SequenceEqual(expected), $"{when}, the rows hold positions [{string.Join(", ", ledger)}], not [{string.Join(", ", expected)}].");
        }
    }

    /// <summary>A read model of the events applied: one ledger row each, with faults to plant.</summary>
    private sealed class LedgerProjection<TSession>(ContractRun<TSession> run, IProjectionStore<TSession> store) : DurableProjection<TSession>(LedgerName, store)
    {
        public long? FailAt { get; init; }

        public (long Position, CancellationTokenSource Source)? CancelAt { get; init; }

        protected override async ValueTask WhenAsync(TSession session, RecordedEvent recorded, CancellationToken cancellationToken)
        {
            if (recorded.Position == FailAt)
            {
                throw new InvalidOperationException("The ledger cannot apply this event (the contract's planted failure).");
            }

            await run.UnderTest.RecordAsync(session, Name, recorded, cancellationToken).ConfigureAwait(false);
            if (CancelAt is { } cancel && cancel.Position == recorded.Position)
            {
                await cancel.Source.CancelAsync().ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>A store whose commits fail (as a database that goes away at the commit) once the checkpoint would reach a position.</summary>
    private sealed class CommitFault<TSession>(IProjectionStore<TSession> inner, long failFrom) : IProjectionStore<TSession>
    {
        public TenantId Tenant => inner.Tenant;

        public ValueTask<long> LoadCheckpointAsync(string projection, CancellationToken cancellationToken) => inner.LoadCheckpointAsync(projection, cancellationToken);

        public async ValueTask<IProjectionTransaction<TSession>> BeginAsync(string projection, CancellationToken cancellationToken) =>
            new Transaction(await inner.BeginAsync(projection, cancellationToken).ConfigureAwait(false), failFrom);

        private sealed class Transaction(IProjectionTransaction<TSession> inner, long failFrom) : IProjectionTransaction<TSession>
        {
            public long Checkpoint => inner.Checkpoint;

            public TSession Session => inner.Session;

            public ValueTask CommitAsync(long checkpoint, CancellationToken cancellationToken) =>
                checkpoint >= failFrom
                    ? ValueTask.FromException(new IOException("The database went away at the commit (the contract's planted fault)."))
                    : inner.CommitAsync(checkpoint, cancellationToken);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}

/// <summary>A store broke the contract of <see cref="IProjectionStore{TSession}"/>.</summary>
public sealed class ProjectionStoreContractException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="caseName">The case that failed.</param>
    /// <param name="broken">What the store did wrong.</param>
    public ProjectionStoreContractException(string caseName, string broken)
        : base($"The projection store broke the contract in case '{caseName}': {broken}")
    {
        CaseName = caseName;
    }

    /// <summary>Creates the exception for a store that threw where it should not.</summary>
    /// <param name="caseName">The case that failed.</param>
    /// <param name="broken">What the store did wrong.</param>
    /// <param name="innerException">What the store threw.</param>
    public ProjectionStoreContractException(string caseName, string broken, Exception innerException)
        : base($"The projection store broke the contract in case '{caseName}': {broken}", innerException)
    {
        CaseName = caseName;
    }

    /// <summary>Creates the exception.</summary>
    public ProjectionStoreContractException()
        : this("(unknown)", "no detail")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ProjectionStoreContractException(string message)
        : this("(unknown)", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ProjectionStoreContractException(string message, Exception innerException)
        : base(message, innerException)
    {
        CaseName = "(unknown)";
    }

    /// <summary>The case that failed.</summary>
    public string CaseName { get; } = "(unknown)";
}
