using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Testing.Communities;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace CommunityGovernance.Storage.Sqlite.Tests;

// The storage quick start of README.md, kept compiling and true. It uses relative paths as the README does, so it
// runs in a folder of its own as the current directory, alone (the current directory is the process's).
[Collection(CurrentDirectoryCollection.Name)]
public sealed class QuickStartTests : IDisposable
{
    private readonly string _previous = Environment.CurrentDirectory;
    private readonly string _folder = Directory.CreateTempSubdirectory("cg-quickstart-").FullName;

    public QuickStartTests() => Environment.CurrentDirectory = _folder;

    [Fact]
    public async Task The_storage_quick_start_runs_as_documented()
    {
        var at = Instant.FromUtc(2026, 3, 2, 9, 0);
        var demand = Demand.Raise(new DemandId("D-0001"), new ActorId("R-17"), CommunityUnit.Living(new LivingCommunityId("GY-LJY-01")),
            DemandCategory.PublicService, "电梯故障", "The lift of building 3 has stopped.", DemandDeadlines.Default,
            new FixedCommunityDirectory(at).Establish(new LivingCommunityId("GY-LJY-01")).Register(new ActorId("R-17")), at);
        var printed = new List<string>();

        var keys = new FilePersonalDataKeyStore("district.keys.json");        // one key per resident: destroy it to erase them
        var serializer = new DomainEventSerializer(personalDataKeys: keys);    // [PersonalData] is encrypted before it is stored
        var store = await SqliteEventStore.OpenAsync(new SqliteEventStoreOptions { DataSource = "district.db", Serializer = serializer });

        await store.SaveAsync(demand);                                         // appends at the version it was loaded at
        var reloaded = await store.LoadAsync(Demand.StreamOf(demand.Id));      // stream names come from the aggregate and its id
        await foreach (var recorded in store.ReadFeedAsync(afterPosition: 0))  // every event, in commit order, with its position
        {
            printed.Add($"{recorded.Position} {recorded.Stream} v{recorded.StreamVersion} {recorded.Event.GetType().Name}");
        }

        Assert.Equal(demand.ToSnapshot(), reloaded!.ToSnapshot());
        Assert.Equal(["1 demand/D-0001 v1 DemandRaised"], printed);
        Assert.True(File.Exists(Path.Combine(_folder, "district.db")));
    }

    public void Dispose()
    {
        Environment.CurrentDirectory = _previous;
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentDirectoryCollection
{
    public const string Name = "current directory";
}
