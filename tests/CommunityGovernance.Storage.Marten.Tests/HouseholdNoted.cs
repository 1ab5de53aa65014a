using System.Text.Json.Nodes;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>
/// A vendor's own event at schema version 2. Version 1 stored <c>{"household", "note"}</c>; version 2 renamed
/// <c>note</c> to <c>text</c> and added <c>author</c>.
/// </summary>
public sealed record HouseholdNoted(Instant OccurredAt, string Household, string Text, string Author) : DomainEvent(OccurredAt)
{
    public override int SchemaVersion => 2;
}

/// <summary>Reads version 1 of <see cref="HouseholdNoted"/> as version 2.</summary>
internal sealed class HouseholdNotedUpcaster : IEventUpcaster
{
    public string EventType => nameof(HouseholdNoted);

    public int FromVersion => 1;

    public JsonObject Upcast(JsonObject data)
    {
        var note = data["note"] ?? throw new InvalidOperationException("A version-1 HouseholdNoted has a note.");
        data.Remove("note");
        data["text"] = note.DeepClone();
        data["author"] = "(before authors were recorded)";
        return data;
    }
}
