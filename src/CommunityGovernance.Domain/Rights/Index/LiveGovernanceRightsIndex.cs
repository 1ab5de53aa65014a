using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using NodaTime;

namespace CommunityGovernance.Rights;

/// <summary>
/// The rights index kept current from a store's feed while requests check rights: a projection that readers may query
/// at any moment, from any thread. Readers never block, never allocate, and never see an event half applied; every
/// answer can say which feed position it reflects. It follows the governance rights' streams and the districts' (which
/// teach it the hierarchy, so that it answers "no" for a unit never established; see <see cref="GovernanceRightsIndex.KnowsHierarchy"/>).
/// </summary>
/// <remarks>
/// <para>
/// How: two copies of <see cref="GovernanceRightsIndex"/> and the left-right technique. Readers read the copy a flag
/// points at, after registering in a striped read indicator (one interlocked increment and decrement). The runner
/// applies a batch of events to the other copy, flips the flag, waits until no reader is left on the old copy, and
/// applies the same batch to it. Readers therefore see whole batches: the state before a batch or after it.
/// Memory is twice one index.
/// </para>
/// <para>
/// Catching up (a <see cref="ProjectionRunner"/> says where a backlog starts and ends, <see cref="ICatchUpProjection"/>),
/// the index applies the events to the hidden copy only, readers answering from the other at the position before the
/// catch-up; at the end it flips, and brings the other copy up by copying the caught-up one (or, after a short backlog,
/// by applying it), instead of applying every event twice.
/// </para>
/// <para>
/// A batch that holds an event the index refuses (a right it never saw…) is applied up to that event on both copies,
/// and the projection fails there: the index keeps answering at the position before it, and the runner reports the
/// event's position and cause. Only events of <see cref="GovernanceRight"/> streams are read; others are skipped.
/// </para>
/// </remarks>
public sealed class LiveGovernanceRightsIndex : ICatchUpProjection, IGovernanceRightsQuery
{
    private readonly GovernanceRightsIndex[] _copies;
    private readonly long[] _positions = new long[2];
    private readonly ReadIndicator[] _readers = [new(), new()];
    private readonly Lock _writer = new();
    private int _readable;    // the copy readers read
    private int _arrivals;    // the read indicator readers arrive on
    private bool _catchingUp;                 // applying to the hidden copy only, readers on the other
    private List<RecordedEvent>? _backlog;    // what the readable copy lacks, while short enough to apply rather than copy

    /// <summary>Creates an empty live index.</summary>
    /// <param name="expectedRights">How many rights to make room for in each copy; a hint only.</param>
    /// <param name="name">The projection's name; <c>rights-index</c> unless told.</param>
    public LiveGovernanceRightsIndex(int expectedRights = 0, string name = "rights-index")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _copies = [new GovernanceRightsIndex(expectedRights), new GovernanceRightsIndex(expectedRights)];
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The feed position the index reflects now: every event up to it, none after.</summary>
    public long Position => Volatile.Read(ref _positions[Volatile.Read(ref _readable)]);

    /// <inheritdoc />
    public bool MayExercise(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at) =>
        MayExercise(actor, power, unit, at, out _);

    /// <summary>Whether the actor may exercise the power over the unit at the instant, and at which feed position the answer holds.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="power">The power.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="at">The instant.</param>
    /// <param name="position">The feed position the answer reflects.</param>
    /// <returns><see langword="true"/> when a right allows it.</returns>
    public bool MayExercise(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at, out long position)
    {
        var arrivals = Volatile.Read(ref _arrivals);
        var stripe = _readers[arrivals].Arrive();
        try
        {
            var copy = Volatile.Read(ref _readable);
            position = _positions[copy];
            return _copies[copy].MayExercise(actor, power, unit, at);
        }
        finally
        {
            _readers[arrivals].Depart(stripe);
        }
    }

    /// <inheritdoc />
    /// <remarks>Every answer is read from one copy of the index, as of one feed position.</remarks>
    public void MayExercise(ReadOnlySpan<RightsQuestion> questions, Span<bool> answers) => MayExercise(questions, answers, out _);

    /// <summary>Answers many questions at once from one copy of the index, and says at which feed position the answers hold.</summary>
    /// <param name="questions">The questions.</param>
    /// <param name="answers">Where the answers go, as many as the questions.</param>
    /// <param name="position">The feed position every answer reflects.</param>
    /// <exception cref="ArgumentException"><paramref name="answers"/> is not as long as <paramref name="questions"/>.</exception>
    public void MayExercise(ReadOnlySpan<RightsQuestion> questions, Span<bool> answers, out long position)
    {
        RightsQuestions.RequireAnswerForEach(questions, answers);
        var arrivals = Volatile.Read(ref _arrivals);
        var stripe = _readers[arrivals].Arrive();
        try
        {
            var copy = Volatile.Read(ref _readable);
            position = _positions[copy];
            _copies[copy].MayExercise(questions, answers);
        }
        finally
        {
            _readers[arrivals].Depart(stripe);
        }
    }

    /// <inheritdoc />
    public GovernancePowers PowersOver(ActorId actor, CommunityUnit unit, Instant at)
    {
        var arrivals = Volatile.Read(ref _arrivals);
        var stripe = _readers[arrivals].Arrive();
        try
        {
            return _copies[Volatile.Read(ref _readable)].PowersOver(actor, unit, at);
        }
        finally
        {
            _readers[arrivals].Depart(stripe);
        }
    }

    /// <summary>Why the actor may or may not exercise the power over the unit: the chain of rights, as <see cref="GovernanceRightsIndex.Explain"/> gives it.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="power">The power.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="at">The instant.</param>
    /// <returns>The justification.</returns>
    public RightsJustification Explain(ActorId actor, GovernancePower power, CommunityUnit unit, Instant at)
    {
        var arrivals = Volatile.Read(ref _arrivals);
        var stripe = _readers[arrivals].Arrive();
        try
        {
            return _copies[Volatile.Read(ref _readable)].Explain(actor, power, unit, at);
        }
        finally
        {
            _readers[arrivals].Depart(stripe);
        }
    }

    /// <inheritdoc />
    public long PublishedPosition => Position;

    /// <summary>
    /// The longest catch-up (in events, plus a sixteenth of the rights held) that is applied to the second copy at its
    /// end rather than copied into it: applying an event costs some memory probes, copying the index a pass over it.
    /// </summary>
    internal int BacklogLimit { get; set; } = 4_096;

    /// <inheritdoc />
    public ValueTask<long> LoadCheckpointAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Position);

    /// <inheritdoc />
    public ValueTask CatchingUpAsync(CancellationToken cancellationToken)
    {
        lock (_writer)
        {
            if (!_catchingUp)
            {
                _catchingUp = true;
                _backlog = [];
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CaughtUpAsync(CancellationToken cancellationToken)
    {
        lock (_writer)
        {
            Publish();
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ApplyAsync(IReadOnlyList<RecordedEvent> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writer)
        {
            if (_catchingUp)
            {
                return CatchUp(batch);
            }

            var readable = _readable;
            var hidden = 1 - readable;
            var applied = ApplyTo(_copies[hidden], batch, _positions[hidden], out var failure);
            if (applied.Count > 0)
            {
                _positions[hidden] = applied[^1].Position;
                Volatile.Write(ref _readable, hidden);   // new readers now read the updated copy
                WaitForReadersToLeave();                  // ...and the old one is left by those who were in it
                ApplyTo(_copies[readable], applied, _positions[readable], out _);
                _positions[readable] = _positions[hidden];
            }

            return failure is null ? ValueTask.CompletedTask : throw failure;
        }
    }

    // During a catch-up: the batch goes to the hidden copy only, and is remembered for the other while the backlog is
    // short enough that applying it there will cost less than copying the whole index. A refused event ends the
    // catch-up there: readers are shown everything before it.
    private ValueTask CatchUp(IReadOnlyList<RecordedEvent> batch)
    {
        var hidden = 1 - _readable;
        var applied = ApplyTo(_copies[hidden], batch, _positions[hidden], out var failure);
        if (applied.Count > 0)
        {
            _positions[hidden] = applied[^1].Position;
            if (_backlog is not null && _backlog.Count + applied.Count <= BacklogLimit + (_copies[hidden].Count / 16))
            {
                _backlog.AddRange(applied);
            }
            else
            {
                _backlog = null; // Copy the index at the end instead.
            }
        }

        if (failure is not null)
        {
            Publish();
            throw failure;
        }

        return ValueTask.CompletedTask;
    }

    // Ends a catch-up: readers move to the caught-up copy, and the other is brought up to it, by applying the backlog
    // or, after a long one, by copying.
    private void Publish()
    {
        var readable = _readable;
        var hidden = 1 - readable;
        if (_catchingUp && _positions[hidden] > _positions[readable])
        {
            Volatile.Write(ref _readable, hidden);
            WaitForReadersToLeave();
            if (_backlog is not null)
            {
                ApplyTo(_copies[readable], _backlog, _positions[readable], out _);
            }
            else
            {
                _copies[readable].CopyFrom(_copies[hidden]);
            }

            _positions[readable] = _positions[hidden];
        }

        _catchingUp = false;
        _backlog = null;
    }

    // Applies the events after the copy's position, one by one; stops at the first the index refuses (which leaves the
    // index as it was) and returns the events applied.
    private List<RecordedEvent> ApplyTo(GovernanceRightsIndex copy, IReadOnlyList<RecordedEvent> batch, long position, out ProjectionFailedException? failure)
    {
        failure = null;
        var applied = new List<RecordedEvent>(batch.Count);
        foreach (var recorded in batch)
        {
            if (recorded.Position <= position)
            {
                continue;
            }

            // The rights' events, and the districts' that teach the index the hierarchy; nothing else changes it.
            if (recorded.Stream.Kind == GovernanceRight.StreamKind || recorded.Stream.Kind == Communities.Hierarchy.District.StreamKind)
            {
                try
                {
                    copy.Apply(recorded.Event);
                }
                catch (Exception e) when (e is DomainException or InvalidOperationException)
                {
                    failure = new ProjectionFailedException(Name, recorded.Position, recorded.Stream, e);
                    break;
                }
            }

            applied.Add(recorded);
        }

        return applied;
    }

    // Left-right: readers who arrived on the current indicator may still be in the old copy. Make new readers arrive on
    // the other indicator, wait for it to drain, swap back, and wait for the first to drain.
    private void WaitForReadersToLeave()
    {
        var previous = _arrivals;
        var next = 1 - previous;
        Interlocked.MemoryBarrier();
        SpinUntilEmpty(_readers[next]);
        Volatile.Write(ref _arrivals, next);
        Interlocked.MemoryBarrier();
        SpinUntilEmpty(_readers[previous]);
    }

    private static void SpinUntilEmpty(ReadIndicator readers)
    {
        var spinner = default(SpinWait);
        while (!readers.IsEmpty)
        {
            spinner.SpinOnce();
        }
    }
}
