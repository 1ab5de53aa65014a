using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Marten;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Storage.Sqlite;
using Marten;
using Microsoft.Data.Sqlite;
using Wenjiang.Report;
using Wenjiang.Scenario;

namespace Wenjiang.Storage;

/// <summary>
/// The main job: govern Wenjiang and store every event, or, when the store already holds them, rebuild every
/// aggregate from it; then print the report, which is the same either way.
/// </summary>
internal static class WenjiangProgram
{
    /// <summary>Runs the sample.</summary>
    /// <param name="args">The command line (<see cref="SampleOptions.Usage"/>).</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="baseDirectory">The sample's output directory, holding <c>Data/</c>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The process's exit code.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, string baseDirectory, CancellationToken cancellationToken = default)
    {
        if (SampleOptions.Parse(args, baseDirectory) is not { } options)
        {
            await Console.Error.WriteLineAsync(SampleOptions.Usage);
            return 2;
        }

        var (store, where) = options.Postgres is null ? await OpenAsync(options, cancellationToken) : await OpenPostgresAsync(options, cancellationToken);
        WenjiangResult result;
        if (await WenjiangStorage.LoadAsync(store, baseDirectory, cancellationToken) is { } loaded)
        {
            result = loaded.Result;
            await output.WriteLineAsync($"存储 Storage: read {loaded.Summary.Events:N0} events in {loaded.Summary.Streams:N0} streams back from {where}, and rebuilt every aggregate from them; the report below is the one the run that stored them printed. (--fresh starts over.)");
        }
        else
        {
            result = WenjiangScenario.Run(baseDirectory);
            var saved = await WenjiangStorage.SaveAsync(result, store, cancellationToken);
            await output.WriteLineAsync($"存储 Storage: wrote {saved.Events:N0} events in {saved.Streams:N0} streams to {where}; run again to rebuild every aggregate from them.");
        }

        await output.WriteLineAsync();
        WenjiangReport.Write(result, output);
        return 0;
    }

    private static async Task<(IEventStore Store, string Where)> OpenAsync(SampleOptions options, CancellationToken cancellationToken)
    {
        var keyFile = options.Database + ".keys.json";
        if (options.Fresh)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { options.Database, options.Database + "-wal", options.Database + "-shm", keyFile })
            {
                File.Delete(file);
            }
        }

        // Personal data is encrypted under a key per resident, kept in a file beside the database: deleting a
        // resident's key erases their data from the database and every copy of it.
        var serializer = new DomainEventSerializer(personalDataKeys: new FilePersonalDataKeyStore(keyFile));
        var clock = new FixedClock(Timeline.ReportAt);
        var store = await SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { DataSource = options.Database, Serializer = serializer, Clock = clock }, cancellationToken);
        return (store, $"{Path.GetFileName(options.Database)} (SQLite)");
    }

    // PostgreSQL through Marten: the events go to the "wenjiang" schema of the database the connection string names;
    // the personal-data keys stay in the key file beside the default database.
    private static async Task<(IEventStore Store, string Where)> OpenPostgresAsync(SampleOptions options, CancellationToken cancellationToken)
    {
        var keyFile = options.Database + ".postgres.keys.json";
        if (options.Fresh)
        {
            File.Delete(keyFile);
        }

        var serializer = new DomainEventSerializer(personalDataKeys: new FilePersonalDataKeyStore(keyFile));
        var documents = DocumentStore.For(marten =>
        {
            marten.Connection(options.Postgres!);
            marten.DatabaseSchemaName = "wenjiang";
            marten.UseCommunityGovernance(serializer);
        });
        if (options.Fresh)
        {
            await documents.Advanced.Clean.CompletelyRemoveAllAsync(cancellationToken);
        }

        await documents.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return (new MartenEventStore(documents), "PostgreSQL (Marten)");
    }
}
