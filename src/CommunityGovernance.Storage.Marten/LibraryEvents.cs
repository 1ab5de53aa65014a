using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using CommunityGovernance.Kernel;
using Marten;

namespace CommunityGovernance.Storage.Marten;

/// <summary>
/// What <see cref="StoreOptionsExtensions.UseCommunityGovernance"/> told Marten, kept beside the store's options so
/// that a <see cref="MartenEventStore"/> over the store finds the serializer and the names again.
/// </summary>
internal sealed class LibraryEvents
{
    private static readonly ConditionalWeakTable<StoreOptions, LibraryEvents> s_configured = [];

    private readonly FrozenDictionary<Type, string> _names;

    private LibraryEvents(DomainEventSerializer serializer, FrozenDictionary<Type, string> names)
    {
        Serializer = serializer;
        _names = names;
    }

    public DomainEventSerializer Serializer { get; }

    /// <summary>Every event type the serializer knows, with its current Marten type name.</summary>
    public IReadOnlyDictionary<Type, string> Names => _names;

    public static LibraryEvents Create(DomainEventSerializer serializer)
    {
        var names = new Dictionary<Type, string>();
        foreach (var name in serializer.EventTypes)
        {
            var type = serializer.FindEventType(name)!;
            names.Add(type, MartenEventTypeNames.For(name, CurrentVersionOf(type)));
        }

        return new LibraryEvents(serializer, names.ToFrozenDictionary());
    }

    public static void Remember(StoreOptions options, LibraryEvents events) => s_configured.AddOrUpdate(options, events);

    /// <exception cref="InvalidOperationException">The store was not configured with <c>UseCommunityGovernance</c>.</exception>
    public static LibraryEvents Of(IDocumentStore store) =>
        store.Options is StoreOptions options && s_configured.TryGetValue(options, out var events)
            ? events
            : throw new InvalidOperationException(
                "This Marten store was not configured for CommunityGovernance: call options.UseCommunityGovernance(serializer) when configuring it.");

    /// <summary>The schema version the type has now, as the serializer reads it (the property is constant per type).</summary>
    public static int CurrentVersionOf(Type eventType) =>
        ((DomainEvent)RuntimeHelpers.GetUninitializedObject(eventType)).SchemaVersion;

    /// <summary>Refuses, before anything is written, an event the serializer would not know how to read back.</summary>
    /// <exception cref="DomainRuleViolationException">An event's type is unknown (<see cref="StorageRules.StoredEventIsReadable"/>).</exception>
    public void CheckKnown(IReadOnlyList<DomainEvent> events)
    {
        foreach (var domainEvent in events)
        {
            if (!_names.ContainsKey(domainEvent.GetType()))
            {
                throw new DomainRuleViolationException(
                    StorageRules.StoredEventIsReadable, $"'{domainEvent.GetType().Name}' is not a known event type; pass its assembly to the serializer.");
            }
        }
    }
}
