using CommunityGovernance.Kernel;

namespace CommunityGovernance.Storage.Projections;

/// <summary>
/// Keeps projections current from one store's feed: at start each catches up from its own checkpoint, then all follow
/// new events. The feed is read once for all of them. A projection that fails stops at the failing event, with its
/// position and cause in <see cref="Statuses"/>; the others go on.
/// </summary>
/// <remarks>
/// <para>
/// The store's feed is in commit order without gaps (<see cref="IEventStore.ReadAllAsync"/>), so following it by
/// position misses nothing. New events are found by polling every <see cref="ProjectionRunnerOptions.PollInterval"/>, or
/// at once after <see cref="Wake"/> (call it after an append in this process).
/// </para>
/// <para>
/// Catching up, the runner reads the next batch while the projections apply the current one
/// (<see cref="ProjectionRunnerOptions.ReadAhead"/>), and tells an <see cref="ICatchUpProjection"/> where the backlog
/// starts and ends, so that it may apply it more cheaply and show it to its readers at the end.
/// </para>
/// <para>One <see cref="RunAsync"/> or <see cref="CatchUpAsync"/> at a time; <see cref="Statuses"/> and <see cref="WaitForAsync"/> from any thread.</para>
/// </remarks>
public sealed class ProjectionRunner
{
    private readonly IEventStore _store;
    private readonly ProjectionRunnerOptions _options;
    private readonly Entry[] _entries;
    private readonly Lock _gate = new();
    private readonly List<(long Position, TaskCompletionSource Done)> _waiters = [];
    private readonly SemaphoreSlim _wake = new(0, 1);
    private int _running;

    /// <summary>Creates a runner.</summary>
    /// <param name="store">The store whose feed the projections follow.</param>
    /// <param name="projections">The projections; their names must differ.</param>
    /// <param name="options">Batch size and poll interval; the defaults unless given.</param>
    /// <exception cref="DomainRuleViolationException">Two projections share a name (<see cref="StorageRules.ProjectionNamesAreUnique"/>).</exception>
    public ProjectionRunner(IEventStore store, IEnumerable<IProjection> projections, ProjectionRunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(projections);
        _store = store;
        _options = options ?? new ProjectionRunnerOptions();
        _entries = [.. projections.Select(p => new Entry(p ?? throw new ArgumentNullException(nameof(projections))))];
        var duplicate = _entries.GroupBy(e => e.Projection.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainRuleViolationException(StorageRules.ProjectionNamesAreUnique, $"Two projections are named '{duplicate.Key}'; a name identifies a projection's checkpoint.");
        }
    }

    /// <summary>Where each projection stands, in the order given.</summary>
    public IReadOnlyList<ProjectionStatus> Statuses
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.Select(e => new ProjectionStatus(e.Projection.Name, e.Checkpoint, e.State, e.Failure))];
            }
        }
    }

    /// <summary>Brings every projection to the current end of the feed, each from its own checkpoint.</summary>
    /// <param name="cancellationToken">Cancels the catch-up; projections keep what they applied.</param>
    /// <returns>A task that completes when every projection that did not fail has reached the end.</returns>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        EnterRun();
        try
        {
            await LoadCheckpointsAsync(cancellationToken).ConfigureAwait(false);
            await DrainAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Catches up, then follows the feed until cancelled.</summary>
    /// <param name="cancellationToken">Stops the runner.</param>
    /// <returns>A task that completes (cancelled) when the runner is stopped.</returns>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        EnterRun();
        try
        {
            await LoadCheckpointsAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                await DrainAsync(cancellationToken).ConfigureAwait(false);
                await _wake.WaitAsync(_options.PollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Asks a running runner to read the feed now rather than at its next poll.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    /// <summary>
    /// Waits until every projection holds the feed up to <paramref name="position"/>: a caller that has just appended
    /// (<see cref="AppendResult.LastPosition"/>) reads its own write.
    /// </summary>
    /// <param name="position">The position to reach.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the position is reached.</returns>
    /// <exception cref="TimeoutException">The projections did not reach the position in time.</exception>
    /// <exception cref="ProjectionFailedException">A projection stopped before the position.</exception>
    public async Task WaitForAsync(long position, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            if (Reached(position))
            {
                return;
            }

            if (_entries.FirstOrDefault(e => e.State == ProjectionState.Failed && e.Checkpoint < position) is { } failed)
            {
                throw failed.Failure!; // Stopped before the position: it will not get there by waiting.
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((position, done));
        }

        Wake();
        try
        {
            await done.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The projections did not reach feed position {position} within {timeout}.");
        }
        finally
        {
            lock (_gate)
            {
                _waiters.RemoveAll(w => w.Done == done);
            }
        }
    }

    private void EnterRun()
    {
        if (Interlocked.Exchange(ref _running, 1) != 0)
        {
            throw new InvalidOperationException("This runner is already running; one run at a time.");
        }
    }

    // A projection's checkpoint is loaded once: afterwards the runner holds it, so a run that follows a catch-up starts
    // where the catch-up ended, and a projection that is live stays live (it does not show as catching up again).
    private async Task LoadCheckpointsAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in _entries.Where(e => e.State != ProjectionState.Failed && !e.Loaded))
        {
            var checkpoint = await entry.Projection.LoadCheckpointAsync(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                entry.Checkpoint = checkpoint;
                entry.Published = checkpoint;
                entry.State = ProjectionState.CatchingUp;
                entry.Loaded = true;
            }
        }
    }

    // Reads the feed after the lowest checkpoint to its current end, batch by batch, and hands each projection the part
    // of each batch it has not applied. While the projections apply a full batch, the next one is already being read
    // (on another thread, since a store may do its reading on the calling thread), so reading and applying overlap.
    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        Task<IReadOnlyList<RecordedEvent>>? ahead = null;
        var aheadFrom = -1L;
        try
        {
            while (true)
            {
                var active = _entries.Where(e => e.State != ProjectionState.Failed).ToArray();
                if (active.Length == 0)
                {
                    return;
                }

                var from = active.Min(e => e.Checkpoint);
                IReadOnlyList<RecordedEvent> batch;
                if (ahead is not null && aheadFrom == from)
                {
                    batch = await ahead.ConfigureAwait(false);
                }
                else
                {
                    await ForgetAsync(ahead).ConfigureAwait(false);
                    batch = await _store.ReadAllAsync(from, _options.BatchSize, cancellationToken).ConfigureAwait(false);
                }

                ahead = null;
                var more = batch.Count == _options.BatchSize;
                if (more && _options.ReadAhead)
                {
                    aheadFrom = batch[^1].Position;
                    ahead = Task.Run(() => _store.ReadAllAsync(aheadFrom, _options.BatchSize, cancellationToken), cancellationToken);
                }

                foreach (var entry in active)
                {
                    var start = FirstAfter(batch, entry.Checkpoint);
                    if (start < batch.Count)
                    {
                        if (more && entry.Projection is ICatchUpProjection catchingUp && !entry.Deferring)
                        {
                            await catchingUp.CatchingUpAsync(cancellationToken).ConfigureAwait(false);
                            entry.Deferring = true;
                        }

                        await ApplyAsync(entry, start == 0 ? batch : batch.Skip(start).ToArray(), cancellationToken).ConfigureAwait(false);
                    }
                }

                if (!more)
                {
                    await PublishAsync(active, cancellationToken).ConfigureAwait(false);
                }

                lock (_gate)
                {
                    foreach (var entry in active.Where(e => e.State == ProjectionState.CatchingUp && !more))
                    {
                        entry.State = ProjectionState.Live;
                    }

                    ReleaseWaiters();
                }

                if (!more)
                {
                    return;
                }
            }
        }
        finally
        {
            await ForgetAsync(ahead).ConfigureAwait(false);

            // Stopped in the middle of a catch-up (cancelled, or a store's fault): readers see what was applied.
            await PublishAsync(_entries, CancellationToken.None).ConfigureAwait(false);
        }
    }

    // Tells the projections that held back what they applied during a catch-up to show it now.
    private async Task PublishAsync(IEnumerable<Entry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries.Where(e => e.Deferring))
        {
            var projection = (ICatchUpProjection)entry.Projection;
            await projection.CaughtUpAsync(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                entry.Deferring = false;
                entry.Published = projection.PublishedPosition;
            }
        }
    }

    // A batch read ahead and not used (a projection failed, or the run stops): wait for it, and let any fault of it go,
    // as the feed will be read again from where the projections stand.
    private static async Task ForgetAsync(Task<IReadOnlyList<RecordedEvent>>? ahead)
    {
        if (ahead is null)
        {
            return;
        }

        try
        {
            await ahead.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Read again, or not needed.
        }
    }

    private async Task ApplyAsync(Entry entry, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            await entry.Projection.ApplyAsync(events, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                entry.Checkpoint = events[^1].Position;
                entry.Published = entry.Deferring ? ((ICatchUpProjection)entry.Projection).PublishedPosition : entry.Checkpoint;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            var failure = e as ProjectionFailedException ?? new ProjectionFailedException(entry.Projection.Name, events[0].Position, events[0].Stream, e);
            await PublishAsync([entry], CancellationToken.None).ConfigureAwait(false);
            var checkpoint = await entry.Projection.LoadCheckpointAsync(CancellationToken.None).ConfigureAwait(false);
            lock (_gate)
            {
                entry.Checkpoint = checkpoint;
                entry.Published = checkpoint;
                entry.State = ProjectionState.Failed;
                entry.Failure = failure;
                ReleaseWaiters();
            }
        }
    }

    private static int FirstAfter(IReadOnlyList<RecordedEvent> batch, long checkpoint)
    {
        var index = 0;
        while (index < batch.Count && batch[index].Position <= checkpoint)
        {
            index++;
        }

        return index;
    }

    private bool Reached(long position) => _entries.All(e => e.State != ProjectionState.Failed && e.Published >= position);

    private void ReleaseWaiters()
    {
        var failed = _entries.FirstOrDefault(e => e.State == ProjectionState.Failed);
        foreach (var (position, done) in _waiters)
        {
            if (failed is not null && failed.Checkpoint < position)
            {
                done.TrySetException(failed.Failure!);
            }
            else if (_entries.All(e => e.State == ProjectionState.Failed || e.Published >= position))
            {
                done.TrySetResult();
            }
        }
    }

    private sealed class Entry(IProjection projection)
    {
        public IProjection Projection { get; } = projection;

        public long Checkpoint { get; set; }

        // Whether the checkpoint was loaded from the projection; from then on the runner keeps it.
        public bool Loaded { get; set; }

        // What readers see: the checkpoint, except while an ICatchUpProjection holds a catch-up back.
        public long Published { get; set; }

        // Whether the projection is an ICatchUpProjection told that a catch-up started and not yet that it ended.
        public bool Deferring { get; set; }

        public ProjectionState State { get; set; } = ProjectionState.CatchingUp;

        public ProjectionFailedException? Failure { get; set; }
    }
}

/// <summary>How a <see cref="ProjectionRunner"/> reads the feed.</summary>
public sealed record ProjectionRunnerOptions
{
    /// <summary>How many events to read at a time; 512 unless told.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int BatchSize { get; init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A batch holds at least one event."); } = 512;

    /// <summary>
    /// Whether the runner reads the next batch while the projections apply a full one, so that reading and applying
    /// overlap during a catch-up; <see langword="true"/> unless told. A runner that is keeping up reads short batches
    /// and never reads ahead.
    /// </summary>
    public bool ReadAhead { get; init; } = true;

    /// <summary>How long a live runner waits before looking for new events, unless woken; 200 ms unless told.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan PollInterval { get; init => field = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The poll interval is positive."); } = TimeSpan.FromMilliseconds(200);
}
