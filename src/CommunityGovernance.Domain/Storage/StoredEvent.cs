namespace CommunityGovernance.Storage;

/// <summary>
/// A domain event as an event store keeps it: the event's stable type name, the schema version of its shape, and
/// its members as JSON.
/// </summary>
/// <param name="Type">The event's stable type name (its class name, e.g. <c>BuildingMoved</c>).</param>
/// <param name="SchemaVersion">The version of the stored shape; readers upgrade older shapes before reading.</param>
/// <param name="Data">The event's members as a JSON object.</param>
public sealed record StoredEvent(string Type, int SchemaVersion, string Data);
