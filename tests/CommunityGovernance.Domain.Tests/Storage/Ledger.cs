using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Storage;

public sealed record LedgerOpened(Instant OccurredAt, string Id) : DomainEvent(OccurredAt);

public sealed record EntryRecorded(Instant OccurredAt, string Writer, int Sequence) : DomainEvent(OccurredAt);

/// <summary>A minimal aggregate for the store's concurrency tests: a writer's entries must come in sequence.</summary>
public sealed class Ledger : AggregateRoot, IEventSourced<Ledger>
{
    private readonly Dictionary<string, int> _lastSequence = new(StringComparer.Ordinal);

    public static string StreamKind => "ledger";

    public string Id { get; private set; } = string.Empty;

    public StreamName<Ledger> Stream => StreamOf(Id);

    public int Entries { get; private set; }

    public static StreamName<Ledger> StreamOf(string id) => StreamName.For<Ledger>(id);

    public static Ledger Open(Instant at, string id = "1")
    {
        var ledger = new Ledger();
        ledger.RaiseEvent(new LedgerOpened(at, id));
        return ledger;
    }

    public static Ledger FromHistory(IEnumerable<DomainEvent> history) => Rebuild<Ledger, LedgerOpened>(new Ledger(), history);

    public int NextSequenceOf(string writer) => _lastSequence.GetValueOrDefault(writer) + 1;

    public void Record(string writer, int sequence, Instant at)
    {
        if (sequence != NextSequenceOf(writer))
        {
            throw new DomainRuleViolationException("EntriesInSequence", $"Entry {sequence} of '{writer}' is out of sequence.");
        }

        RaiseEvent(new EntryRecorded(at, writer, sequence));
    }

    protected override void When(DomainEvent domainEvent)
    {
        if (domainEvent is LedgerOpened opened)
        {
            Id = opened.Id;
        }
        else if (domainEvent is EntryRecorded entry)
        {
            _lastSequence[entry.Writer] = entry.Sequence;
            Entries++;
        }
        else
        {
            RefuseForeignEvent(domainEvent);
        }
    }
}
