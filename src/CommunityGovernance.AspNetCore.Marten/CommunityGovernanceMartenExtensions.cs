using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Marten;
using JasperFx;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityGovernance.AspNetCore;

/// <summary>
/// Keeps an ASP.NET Core application's events in PostgreSQL through Marten: <c>governance.UsePostgreSql(...)</c> inside
/// <see cref="CommunityGovernanceServiceCollectionExtensions.AddCommunityGovernance"/>.
/// </summary>
/// <remarks>
/// In the integration's own namespace, so that the call reads as the options' own once this package is referenced. The
/// store is a <see cref="MartenEventStore"/> over a Marten document store set up with the library's serializer
/// (<see cref="StoreOptionsExtensions.UseCommunityGovernance"/>). Its tables are created or updated when the store is
/// first resolved, unless the <c>configure</c> argument sets <c>AutoCreateSchemaObjects</c> to <c>None</c>. Its appends
/// are traced like SQLite's.
/// </remarks>
public static class CommunityGovernanceMartenExtensions
{
    /// <summary>The PostgreSQL schema the events are kept in unless another is named: <c>community_governance</c>.</summary>
    public const string DefaultSchema = "community_governance";

    /// <summary>Keeps the events in PostgreSQL through Marten instead of SQLite.</summary>
    /// <param name="options">The integration's options.</param>
    /// <param name="connectionString">The database's connection string.</param>
    /// <param name="schema">The schema; <see cref="DefaultSchema"/> unless named.</param>
    /// <param name="configure">Further Marten settings, applied after the library's.</param>
    /// <returns>The same options.</returns>
    public static CommunityGovernanceOptions UsePostgreSql(this CommunityGovernanceOptions options, string connectionString, string? schema = null, Action<StoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var schemaName = string.IsNullOrWhiteSpace(schema) ? DefaultSchema : schema;
        return options.UseStore(provider =>
        {
            var serializer = provider.GetRequiredService<DomainEventSerializer>();
            var documents = DocumentStore.For(marten =>
            {
                marten.Connection(connectionString);
                marten.DatabaseSchemaName = schemaName;
                marten.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                marten.UseCommunityGovernance(serializer);
                configure?.Invoke(marten);
            });

            // As SQLite creates or migrates its file when the store is opened, so Marten its tables: the store's own
            // statements do not go through a session, so nothing else would create them. AutoCreate.None leaves the
            // schema to the vendor's migrations.
            if (documents.Options.AutoCreateSchemaObjects != AutoCreate.None)
            {
                documents.Storage.ApplyAllConfiguredChangesToDatabaseAsync().GetAwaiter().GetResult();
            }

            return new MartenEventStore(documents);
        });
    }
}
