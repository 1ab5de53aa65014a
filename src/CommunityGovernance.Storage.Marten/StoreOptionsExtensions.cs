using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage.Marten.Projections;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;
using Marten.Events;
using Marten.Services.Json.Transformations;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace CommunityGovernance.Storage.Marten;

/// <summary>Configures a Marten store to hold CommunityGovernance's events.</summary>
public static class StoreOptionsExtensions
{
    /// <summary>
    /// Configures Marten's event store for the library's events: string stream keys (<c>kind/key</c>), conjoined
    /// tenancy, Marten's quick append (<see cref="EventAppendMode.Quick"/>), the checkpoint table of durable read models
    /// (<see cref="MartenProjectionStore"/>), System.Text.Json with exactly <paramref name="serializer"/>'s options, and every event type the
    /// serializer knows under its stable name and schema version (see <see cref="MartenEventTypeNames"/>), with
    /// the names of older versions upcast through the serializer's <see cref="IEventUpcaster"/>s.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Marten has one serializer per store, so your own documents are then written in the library's dialect too
    /// (camel-case names, enums as strings). Call this after any serializer setting of your own: a later
    /// <c>UseSystemTextJsonForSerialization</c> would replace it. The append mode is the store's too; the library's
    /// store keeps its contract in every mode, so a vendor who needs <see cref="EventAppendMode.Rich"/> for its own
    /// streams may set it afterwards, at the cost of slower appends.
    /// </para>
    /// <para>
    /// Each of the library's event types is known to Marten by its name alone: its rows carry no CLR type name
    /// (<c>mt_dotnet_type</c> is empty), so Marten never falls back to a CLR type for a name it does not know, and a row
    /// written by a newer version of an event (<c>Name.v3</c> read by a library at version 2) is refused rather than
    /// read in the wrong shape.
    /// </para>
    /// </remarks>
    /// <param name="options">Marten's options.</param>
    /// <param name="serializer">The library's serializer; it must protect personal data.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="DomainRuleViolationException">
    /// The serializer would write personal data in clear text (<see cref="MartenEventStore.PersonalDataProtectedRule"/>).
    /// </exception>
    public static StoreOptions UseCommunityGovernance(this StoreOptions options, DomainEventSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(serializer);
        if (!serializer.ProtectsPersonalData)
        {
            throw new DomainRuleViolationException(
                MartenEventStore.PersonalDataProtectedRule,
                "A durable store keeps personal data encrypted: create the serializer with a personal-data key store.");
        }

        var events = LibraryEvents.Create(serializer);
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.TenancyStyle = TenancyStyle.Conjoined;

        // One mt_quick_append_events call per append (the versions and sequence numbers drawn by the server, inside the
        // append's transaction, after the feed lock), rather than Rich's per-event inserts; timestamps from this
        // process, taken under the lock. Chosen, not left to Marten's default, which has changed between versions.
        options.Events.AppendMode = EventAppendMode.Quick;
        options.UseSystemTextJsonForSerialization(serializer.Options, EnumStorage.AsString, Casing.CamelCase, o => UseExactly(serializer.Options, o));

        var graph = (EventGraph)options.Events;
        foreach (var (type, martenName) in events.Names)
        {
            options.Events.MapEventType(type, martenName);
            graph.EventMappingFor(type).DotNetTypeName = string.Empty;
            var (stableName, current) = MartenEventTypeNames.Parse(martenName);
            for (var version = 1; version < current; version++)
            {
                options.Events.Upcast(type, MartenEventTypeNames.For(stableName, version), ThroughUpcasters(serializer, stableName, version));
            }
        }

        // Durable read models' checkpoints (MartenProjectionStore), created and migrated with the rest of the store.
        var checkpoints = new Table(new PostgresqlObjectName(options.Events.DatabaseSchemaName, MartenProjectionStore.CheckpointTable, SchemaUtils.IdentifierUsage.General));
        checkpoints.AddColumn<string>("tenant_id").AsPrimaryKey();
        checkpoints.AddColumn<string>("projection").AsPrimaryKey();
        checkpoints.AddColumn<long>("position").NotNull().DefaultValue(0L);
        options.Storage.ExtendedSchemaObjects.Add(checkpoints);

        LibraryEvents.Remember(options, events);
        return options;
    }

    // Marten copies the options, then sets its own naming policy and replaces enum converters with its own; put
    // the serializer's naming and converters back, in the serializer's order, ahead of Marten's converters for its
    // own types (BigInteger, object), so that events are written and read exactly as the serializer does.
    private static void UseExactly(JsonSerializerOptions source, JsonSerializerOptions target)
    {
        target.PropertyNamingPolicy = source.PropertyNamingPolicy;
        target.DictionaryKeyPolicy = source.DictionaryKeyPolicy;
        var martens = target.Converters.Where(c => !source.Converters.Contains(c) && c is not JsonStringEnumConverter).ToList();
        target.Converters.Clear();
        foreach (var converter in source.Converters.Concat(martens))
        {
            target.Converters.Add(converter);
        }
    }

    // A row stored under an older version's name is read as the serializer reads it: the upcaster chain from that
    // version to the current one, then the current shape.
    private static JsonTransformation ThroughUpcasters(DomainEventSerializer serializer, string stableName, int version) => new(
        (_, reader, index) => serializer.Deserialize(new StoredEvent(stableName, version, reader.GetFieldValue<string>(index))),
        async (_, reader, index, cancellationToken) =>
            serializer.Deserialize(new StoredEvent(stableName, version, await reader.GetFieldValueAsync<string>(index, cancellationToken).ConfigureAwait(false))));
}
