using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Storage.Sqlite.Tests;

/// <summary>A plain event for the store's own tests: a writer's numbered note.</summary>
public sealed record Noted(Instant OccurredAt, string Writer, int Sequence, string Text) : DomainEvent(OccurredAt);

internal static class Notes
{
    public static StreamName Stream(string key) => StreamName.Create("note", key);

    public static Noted Note(string writer, int sequence, string text = "光华逸家") => new(TempDatabase.At, writer, sequence, text);

    public static DomainEvent[] Batch(string writer, int from, int count) =>
        [.. Enumerable.Range(from, count).Select(n => Note(writer, n))];
}
