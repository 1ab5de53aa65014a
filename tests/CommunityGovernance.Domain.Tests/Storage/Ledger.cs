using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Storage;

public sealed record LedgerOpened(Instant OccurredAt) : DomainEvent(OccurredAt);

public sealed record EntryRecorded(Instant OccurredAt, string Writer, int Sequence) : DomainEvent(OccurredAt);

/// <summary>A minimal aggregate for the store's concurrency tests: a writer's entries must come in sequence.</summary>
public sealed class Ledger : AggregateRoot
{
    private readonly Dictionary<string, int> _lastSequence = new(StringComparer.Ordinal);

    public int Entries { get; private set; }

    public static Ledger Open(Instant at)
    {
        var ledger = new Ledger();
        ledger.Raise(new LedgerOpened(at));
        return ledger;
    }

    public static Ledger FromHistory(IEnumerable<DomainEvent> history)
    {
        var ledger = new Ledger();
        ledger.Replay(history);
        return ledger;
    }

    public int NextSequenceOf(string writer) => _lastSequence.GetValueOrDefault(writer) + 1;

    public void Record(string writer, int sequence, Instant at)
    {
        if (sequence != NextSequenceOf(writer))
        {
            throw new DomainRuleViolationException("EntriesInSequence", $"Entry {sequence} of '{writer}' is out of sequence.");
        }

        Raise(new EntryRecorded(at, writer, sequence));
    }

    protected override void When(DomainEvent domainEvent)
    {
        if (domainEvent is EntryRecorded entry)
        {
            _lastSequence[entry.Writer] = entry.Sequence;
            Entries++;
        }
    }
}
