using System.Collections.Frozen;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage.PersonalData;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace CommunityGovernance.Storage;

/// <summary>
/// Turns domain events into <see cref="StoredEvent"/>s and back with System.Text.Json, so that any event store
/// can keep them. Every event of this library (and of the vendor assemblies given) is known by its class name;
/// older stored shapes are upgraded by <see cref="IEventUpcaster"/>s before they are read.
/// </summary>
/// <remarks>
/// <para>
/// Instances are immutable and thread-safe; create one at start-up and share it. Reading an event runs the
/// same validation as creating it, so a tampered store cannot produce an invalid value. Chinese text is written as
/// it reads (no <c>\uXXXX</c> escapes).
/// </para>
/// <para>
/// Given an <see cref="IPersonalDataKeyStore"/>, the serializer encrypts every member marked
/// <see cref="Boundaries.PersonalDataAttribute"/> under its data subject's key (the member marked
/// <see cref="Boundaries.DataSubjectAttribute"/>), so identity numbers, names and phone numbers never reach a store
/// in clear text; once a subject's key is destroyed, their data reads as its erased form
/// (<see cref="PersonalDataEraser"/>) and the aggregates still rebuild. The durable stores require one.
/// </para>
/// </remarks>
public sealed class DomainEventSerializer
{
    private readonly FrozenDictionary<string, Type> _eventTypes;
    private readonly FrozenDictionary<(string Type, int Version), IEventUpcaster> _upcasters;

    /// <summary>Creates a serializer for this library's events and those of <paramref name="vendorAssemblies"/>.</summary>
    /// <param name="upcasters">Upcasters for older stored shapes, at most one per event type and version.</param>
    /// <param name="vendorAssemblies">Assemblies whose own <see cref="DomainEvent"/> types should be readable too.</param>
    /// <param name="personalDataKeys">
    /// The key store to encrypt personal data under, one key per data subject; <see langword="null"/> to write personal
    /// data in clear text (for messages and tests, never for a durable store).
    /// </param>
    /// <exception cref="DomainRuleViolationException">
    /// Two event types share a name, or two upcasters the same version; with a key store, a personal-data member has no
    /// data subject (<c>PersonalDataHasSubject</c>) or no erased form (<see cref="StorageRules.PersonalDataIsErasable"/>).
    /// </exception>
    public DomainEventSerializer(IEnumerable<IEventUpcaster>? upcasters = null, IEnumerable<Assembly>? vendorAssemblies = null, IPersonalDataKeyStore? personalDataKeys = null)
    {
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(DomainEvent).Assembly }.Concat(vendorAssemblies ?? []).Distinct())
        {
            foreach (var type in assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract))
            {
                if (!types.TryAdd(type.Name, type))
                {
                    throw new DomainRuleViolationException(StorageRules.StoredEventIsReadable, $"Two event types are named '{type.Name}'; stored events are known by name, so names must be unique.");
                }
            }
        }

        var byVersion = new Dictionary<(string, int), IEventUpcaster>();
        foreach (var upcaster in upcasters ?? [])
        {
            if (!byVersion.TryAdd((upcaster.EventType, upcaster.FromVersion), upcaster))
            {
                throw new DomainRuleViolationException(StorageRules.StoredEventIsReadable, $"Two upcasters read version {upcaster.FromVersion} of '{upcaster.EventType}'.");
            }
        }

        _eventTypes = types.ToFrozenDictionary(StringComparer.Ordinal);
        _upcasters = byVersion.ToFrozenDictionary();
        var plain = CreateOptions();
        if (personalDataKeys is null)
        {
            Options = plain;
            return;
        }

        var protection = new PersonalDataProtection(plain, personalDataKeys);
        ProtectsPersonalData = true;
        foreach (var type in _eventTypes.Values)
        {
            protection.HasPersonalData(type); // Checks every personal member's subject and erased form now, not at the first write.
        }

        Options = new JsonSerializerOptions(plain) { Converters = { protection } };
        Options.MakeReadOnly();
    }

    /// <summary>Whether personal data is encrypted under its subjects' keys (a key store was given).</summary>
    public bool ProtectsPersonalData { get; }

    /// <summary>
    /// The JSON options used for event members: camel-case names, enums as strings, NodaTime values in their ISO
    /// forms, ids as their text forms. Use them for snapshots too, so that one store holds one dialect.
    /// </summary>
    public JsonSerializerOptions Options { get; }

    /// <summary>The stable names of every event type this serializer can read.</summary>
    public IReadOnlyCollection<string> EventTypes => _eventTypes.Keys;

    /// <summary>The event type stored under a stable name, for a store that maps names to types itself (Marten).</summary>
    /// <param name="name">One of <see cref="EventTypes"/>.</param>
    /// <returns>The type, or <see langword="null"/> when no event type has that name.</returns>
    public Type? FindEventType(string name) => _eventTypes.GetValueOrDefault(name);

    /// <summary>Stores an event.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>The stored form.</returns>
    /// <exception cref="DomainRuleViolationException">The event's type is not known to this serializer.</exception>
    public StoredEvent Serialize(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var type = domainEvent.GetType();
        if (!_eventTypes.TryGetValue(type.Name, out var known) || known != type)
        {
            throw new DomainRuleViolationException(StorageRules.StoredEventIsReadable, $"'{type.Name}' is not a known event type; pass its assembly to the serializer.");
        }

        return new StoredEvent(type.Name, domainEvent.SchemaVersion, JsonSerializer.Serialize(domainEvent, type, Options));
    }

    /// <summary>Reads a stored event, upgrading an older shape first.</summary>
    /// <param name="stored">The stored event.</param>
    /// <returns>The event.</returns>
    /// <exception cref="DomainRuleViolationException">The type is unknown, no upcaster bridges the versions, or the data is invalid.</exception>
    public DomainEvent Deserialize(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!_eventTypes.TryGetValue(stored.Type, out var type))
        {
            throw new DomainRuleViolationException(StorageRules.StoredEventIsReadable, $"'{stored.Type}' is not a known event type.");
        }

        var current = ((DomainEvent)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type)).SchemaVersion;
        try
        {
            var json = stored.Data;
            if (stored.SchemaVersion != current)
            {
                json = Upcast(stored, current).ToJsonString(Options);
            }

            return (DomainEvent)(JsonSerializer.Deserialize(json, type, Options)
                ?? throw new DomainRuleViolationException(StorageRules.StoredEventIsReadable, $"A stored '{stored.Type}' holds no data."));
        }
        catch (JsonException e)
        {
            throw new DomainRuleViolationException(StorageRules.StoredEventIsReadable, $"A stored '{stored.Type}' (version {stored.SchemaVersion}) is not readable: {e.Message}");
        }
    }

    /// <summary>Reads an event of a stream, as a store does: any failure names the stream and the version.</summary>
    /// <param name="stored">The stored event.</param>
    /// <param name="stream">The stream it was read from.</param>
    /// <param name="streamVersion">Its number within the stream.</param>
    /// <returns>The event.</returns>
    /// <exception cref="StoredEventUnreadableException">The event cannot be read, for whatever reason.</exception>
    public DomainEvent Deserialize(StoredEvent stored, StreamName stream, long streamVersion)
    {
        ArgumentNullException.ThrowIfNull(stored);
        try
        {
            return Deserialize(stored);
        }
        catch (Exception e) when (e is DomainException or JsonException or FormatException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new StoredEventUnreadableException(stream, streamVersion, stored.Type, e is DomainException domain ? domain.Message : $"{e.GetType().Name}: {e.Message}", e);
        }
    }

    private JsonObject Upcast(StoredEvent stored, int current)
    {
        if (stored.SchemaVersion > current)
        {
            throw new DomainRuleViolationException(StorageRules.StoredEventIsReadable, $"A stored '{stored.Type}' has version {stored.SchemaVersion}, newer than this library's {current}.");
        }

        var data = JsonNode.Parse(stored.Data) as JsonObject
            ?? throw new DomainRuleViolationException(StorageRules.StoredEventIsReadable, $"A stored '{stored.Type}' is not a JSON object.");
        for (var version = stored.SchemaVersion; version < current; version++)
        {
            if (!_upcasters.TryGetValue((stored.Type, version), out var upcaster))
            {
                throw new DomainRuleViolationException(StorageRules.StoredEventIsReadable, $"No upcaster reads version {version} of '{stored.Type}'.");
            }

            data = upcaster.Upcast(data);
        }

        return data;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = false,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Stored text reads as written: 光华逸家, not \u5149….
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitSchemaVersion } },
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new JsonStringEnumConverter());
        // Value objects and ids carry their JSON shapes themselves ([JsonConverter] on each type), so nothing is added
        // for them here: any System.Text.Json user, with these options or without, stores them alike.

        options.MakeReadOnly();
        return options;
    }

    // The version travels in the envelope, not in the data, so upcasters see the members alone.
    private static void OmitSchemaVersion(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !typeInfo.Type.IsSubclassOf(typeof(DomainEvent)))
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Name == "schemaVersion")
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
