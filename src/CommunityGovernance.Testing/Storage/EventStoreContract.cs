using System.Collections.Frozen;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.PersonalData;

namespace CommunityGovernance.Testing.Storage;

/// <summary>
/// Opens an <see cref="IEventStore"/> for one tenant over the one database a contract case runs on. A case calls it
/// several times: for other tenants over the same database, and again to reopen a store as after a restart.
/// </summary>
/// <param name="tenant">The tenant to open the store for.</param>
/// <param name="serializer">The serializer the store must use; it encrypts personal data under the case's own keys.</param>
/// <param name="cancellationToken">Cancels the opening.</param>
/// <returns>The store.</returns>
public delegate Task<IEventStore> EventStoreOpener(TenantId tenant, DomainEventSerializer serializer, CancellationToken cancellationToken);

/// <summary>
/// The contract every <see cref="IEventStore"/> must keep, as named cases that run against a store of yours: appends
/// at an expected version, whole batches or nothing, concurrent writers on one stream (nothing lost, nothing
/// doubled), the feed's order and freedom from gaps under concurrent writers, stream listing, tenants kept apart,
/// erasure by destroying a data subject's key, reopening, cancellation and refused input; and, for an
/// <see cref="IImportingEventStore"/>, the same of imports (<see cref="ImportCaseNames"/>).
/// </summary>
/// <remarks>
/// Framework-neutral: a failed case throws <see cref="EventStoreContractException"/> saying what broke. With xunit,
/// <code>
/// public static TheoryData&lt;string&gt; Cases =&gt; new(EventStoreContract.CaseNames);
///
/// [Theory, MemberData(nameof(Cases))]
/// public Task Keeps_the_store_contract(string name) =&gt;
///     EventStoreContract.RunAsync(name, (tenant, serializer, ct) =&gt; OpenMyStoreAsync(freshDatabase, tenant, serializer, ct));
/// </code>
/// Give each case a fresh database: cases assume they start empty.
/// </remarks>
public static partial class EventStoreContract
{
    private static readonly FrozenDictionary<string, Func<ContractRun, Task>> s_cases = new Dictionary<string, Func<ContractRun, Task>>(StringComparer.Ordinal)
    {
        ["AppendedEventsReadBackEqualInOrder"] = AppendedEventsReadBackEqualInOrder,
        ["StaleAppendIsRefusedAndWritesNothing"] = StaleAppendIsRefusedAndWritesNothing,
        ["NewStreamMustBeExpectedAtVersionZero"] = NewStreamMustBeExpectedAtVersionZero,
        ["BatchIsAppendedWholeOrNotAtAll"] = BatchIsAppendedWholeOrNotAtAll,
        ["RefusedInputWritesNothing"] = RefusedInputWritesNothing,
        ["ConcurrentWritersOnOneStreamLoseAndDoubleNothing"] = ConcurrentWritersOnOneStreamLoseAndDoubleNothing,
        ["FeedIsInCommitOrderWithoutGapsUnderConcurrentWriters"] = FeedIsInCommitOrderWithoutGapsUnderConcurrentWriters,
        ["FeedIsReadInBatches"] = FeedIsReadInBatches,
        ["StreamsAreListedByKind"] = StreamsAreListedByKind,
        ["TenantsNeverSeeEachOthersEvents"] = TenantsNeverSeeEachOthersEvents,
        ["ErasureByKeyDestructionLeavesRebuildableStreams"] = ErasureByKeyDestructionLeavesRebuildableStreams,
        ["ReopenedStoreReadsEverythingBack"] = ReopenedStoreReadsEverythingBack,
        ["CancelledCallsWriteNothing"] = CancelledCallsWriteNothing,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The names of every case, in a stable order.</summary>
    public static IReadOnlyList<string> CaseNames { get; } = [.. s_cases.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Runs one case against stores that <paramref name="open"/> opens over one fresh database.</summary>
    /// <param name="caseName">One of <see cref="CaseNames"/>, or of <see cref="ImportCaseNames"/> for a store that imports.</param>
    /// <param name="open">Opens the store under test for a tenant.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>A task that completes when the case has passed.</returns>
    /// <exception cref="EventStoreContractException">The store broke the contract; the message says how.</exception>
    /// <exception cref="ArgumentException">No case has that name.</exception>
    public static Task RunAsync(string caseName, EventStoreOpener open, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(open);
        if (caseName is null || !(s_cases.TryGetValue(caseName, out var run) || s_importCases.TryGetValue(caseName, out run)))
        {
            throw new ArgumentException($"No store contract case is named '{caseName}'; see {nameof(EventStoreContract)}.{nameof(CaseNames)} and {nameof(ImportCaseNames)}.", nameof(caseName));
        }

        var keys = new InMemoryPersonalDataKeyStore();
        return RunCaseAsync(run, new ContractRun(caseName, open, keys, new DomainEventSerializer(personalDataKeys: keys), cancellationToken));
    }

    // A store that breaks the contract may do so by throwing where it should not: that is a failed case too.
    private static async Task RunCaseAsync(Func<ContractRun, Task> run, ContractRun contract)
    {
        try
        {
            await run(contract).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not EventStoreContractException && !(e is OperationCanceledException && contract.CancellationToken.IsCancellationRequested))
        {
            throw new EventStoreContractException(contract.Name, $"the store threw {e.GetType().Name} where the contract expects none: {e.Message}", e);
        }
    }

    /// <summary>What a case works with: the opener, the keys its serializer encrypts under, and the cancellation.</summary>
    private sealed record ContractRun(string Name, EventStoreOpener Open, InMemoryPersonalDataKeyStore Keys, DomainEventSerializer Serializer, CancellationToken CancellationToken)
    {
        public Task<IEventStore> OpenAsync() => OpenAsync(TenantId.Default);

        public Task<IEventStore> OpenAsync(TenantId tenant) => Open(tenant, Serializer, CancellationToken);

        public void Check(bool condition, string broken)
        {
            if (!condition)
            {
                throw new EventStoreContractException(Name, broken);
            }
        }
    }
}

/// <summary>A store broke the contract of <see cref="IEventStore"/>.</summary>
public sealed class EventStoreContractException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="caseName">The case that failed.</param>
    /// <param name="broken">What the store did wrong.</param>
    public EventStoreContractException(string caseName, string broken)
        : base($"The store broke the contract in case '{caseName}': {broken}")
    {
        CaseName = caseName;
    }

    /// <summary>Creates the exception for a store that threw where it should not.</summary>
    /// <param name="caseName">The case that failed.</param>
    /// <param name="broken">What the store did wrong.</param>
    /// <param name="innerException">What the store threw.</param>
    public EventStoreContractException(string caseName, string broken, Exception innerException)
        : base($"The store broke the contract in case '{caseName}': {broken}", innerException)
    {
        CaseName = caseName;
    }

    /// <summary>Creates the exception.</summary>
    public EventStoreContractException()
        : this("(unknown)", "no detail")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public EventStoreContractException(string message)
        : this("(unknown)", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EventStoreContractException(string message, Exception innerException)
        : base(message, innerException)
    {
        CaseName = "(unknown)";
    }

    /// <summary>The case that failed.</summary>
    public string CaseName { get; } = "(unknown)";
}
