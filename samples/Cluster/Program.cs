using System.Globalization;
using Cluster;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Grains;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Marten;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Tests.Servers;
using JasperFx;
using Marten;
using NodaTime;
using Orleans.Runtime;

// dotnet run --project samples/Cluster [-- --postgres "<Npgsql connection string>" --redis 127.0.0.1:6379]
// Without them the sample starts a throwaway PostgreSQL cluster and Redis server of its own (loopback, temp folders).
string? postgres = null, redis = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    _ = args[i] switch
    {
        "--postgres" => postgres = args[i + 1],
        "--redis" => redis = args[i + 1],
        _ => throw new ArgumentException($"Unknown option {args[i]}: --postgres <connection string> --redis <host:port>"),
    };
}

using var ownPostgres = postgres is null ? new PostgresServer() : null;
using var ownRedis = redis is null ? new RedisServer() : null;
if ((ownPostgres?.UnavailableReason ?? ownRedis?.UnavailableReason) is { } reason)
{
    Console.Error.WriteLine($"Cannot start the local servers: {reason}. Pass --postgres and --redis instead.");
    return 1;
}

postgres ??= await ownPostgres!.CreateDatabaseAsync("wenjiang");
redis ??= ownRedis!.ConnectionString;

// One Marten store for this process's silos; on separate machines each silo opens its own over the same database, with
// a key store that every silo shares (a KMS), since any silo may read what another encrypted.
var tenant = new TenantId("510115");
using var documents = DocumentStore.For(options =>
{
    options.Connection(postgres);
    options.DatabaseSchemaName = "governance";
    options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
    options.UseCommunityGovernance(new DomainEventSerializer(personalDataKeys: new InMemoryPersonalDataKeyStore()));
});
await documents.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

await using var cluster = await LocalCluster.StartAsync(silos: 2, redis, (_, t) => new MartenEventStore(documents, t), [tenant]);
var client = cluster.Client;
var at = Instant.FromUtc(2026, 3, 2, 9, 0);
var streets = WenjiangRows.Read();

// What exists first: the district with its streets and communities, the street offices and residents' committees.
// Later commands carry the last of these writes' feed position, so that whichever silo runs them reads them.
var established = await client.GetAggregate(tenant, District.StreamOf(AreaCode.Parse("510115"))).ExecuteAtAsync(new EstablishDivision(WenjiangRows.Csv(), at), expectedVersion: 0);
var registered = await Task.WhenAll(streets.SelectMany(street => street.Value.Select(c => (Id: $"RC-{c}", Kind: ActorKind.ResidentsCommittee)).Prepend((Id: $"SO-{street.Key}", Kind: ActorKind.StreetOffice)))
    .Select(a => client.GetAggregate(tenant, Actor.StreamOf(new ActorId(a.Id))).ExecuteAtAsync(new RegisterOrganisation(new ActorId(a.Id), a.Kind, a.Id, at), expectedVersion: 0)));
var after = registered.Max(o => o.LastPosition);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"established district 510115 ({established.Appended} events) and registered {registered.Length} organisations"));

// Each street office is granted its right; each community's committee raises a demand that the office accepts.
var started = System.Diagnostics.Stopwatch.StartNew();
var commands = 0;
await Task.WhenAll(streets.Select(async street =>
{
    var office = new ActorId($"SO-{street.Key}");
    var right = new GovernanceRightId($"GR-{street.Key}");
    await client.GetAggregate(tenant, GovernanceRight.StreamOf(right)).ExecuteAtAsync(new GrantStreetRight(right, office, street.Key, at + Duration.FromHours(1), after), expectedVersion: 0);
    Interlocked.Increment(ref commands);
    foreach (var community in street.Value)
    {
        var demand = client.GetAggregate(tenant, Demand.StreamOf(new DemandId($"D-{community}")));
        await demand.ExecuteAtAsync(new RaiseDemand(new DemandId($"D-{community}"), new ActorId($"RC-{community}"), community, at + Duration.FromHours(1), after), expectedVersion: 0);
        await demand.ExecuteAtAsync(new AcceptDemand(office, at + Duration.FromHours(2)), expectedVersion: 1);
        Interlocked.Add(ref commands, 2);
    }
}));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{commands} commands for {streets.Count} streets and {streets.Values.Sum(c => c.Count)} communities in {started.Elapsed.TotalSeconds:F1} s"));

// Where the aggregates' grains were placed.
var statistics = await client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
foreach (var silo in statistics.Where(s => s.GrainType.Contains("AggregateGrain", StringComparison.Ordinal)).GroupBy(s => s.SiloAddress))
{
    Console.WriteLine($"silo {silo.Key}: {silo.Sum(s => s.ActivationCount)} aggregates active");
}

// A refused command reaches the client as the domain's own exception.
var first = streets.First();
try
{
    await client.GetAggregate(tenant, Demand.StreamOf(new DemandId($"D-{first.Value[0]}"))).ExecuteAsync(new AcceptDemand(new ActorId($"SO-{first.Key}"), at + Duration.FromHours(3)));
}
catch (DomainRuleViolationException refused)
{
    Console.WriteLine($"accepting twice is refused: {refused.Rule}");
}

// Every silo's live rights index follows the store's feed: both answer the same rights check.
var store = new MartenEventStore(documents, tenant);
var last = (await store.ReadAllAsync(0, int.MaxValue)).Max(r => r.Position);
var lane = CommunityUnit.Administrative(AreaCode.Parse(first.Key, AdministrativeLevel.Street));
foreach (var (silo, n) in cluster.Silos.Select((s, n) => (s, n + 1)))
{
    var models = LocalCluster.ReadModelsOn(silo, tenant);
    await models.Runner.WaitForAsync(last, TimeSpan.FromSeconds(30));
    var may = models.Rights.MayExercise(new ActorId($"SO-{first.Key}"), GovernancePower.TaskSetting, lane, at + Duration.FromDays(1));
    Console.WriteLine($"silo {n}: SO-{first.Key} may set tasks in street {first.Key}: {may} (its index at feed position {models.Rights.Position} of {last})");
}

return 0;
