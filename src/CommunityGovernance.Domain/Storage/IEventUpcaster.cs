using System.Text.Json.Nodes;

namespace CommunityGovernance.Storage;

/// <summary>
/// Upgrades one stored event shape by one schema version, so that streams written by an older version of the
/// library (or of a vendor's events) can still be read. Upcasters are applied in sequence until the stored
/// version reaches the event type's current <see cref="Kernel.DomainEvent.SchemaVersion"/>.
/// </summary>
public interface IEventUpcaster
{
    /// <summary>The stable type name of the event this upcaster upgrades.</summary>
    string EventType { get; }

    /// <summary>The schema version this upcaster reads; it produces version <c>FromVersion + 1</c>.</summary>
    int FromVersion { get; }

    /// <summary>Rewrites the stored members from <see cref="FromVersion"/> to the next version.</summary>
    /// <param name="data">The stored members, which the upcaster may change in place.</param>
    /// <returns>The members in the next version's shape.</returns>
    JsonObject Upcast(JsonObject data);
}
