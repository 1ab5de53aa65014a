using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Cluster;
using CommunityGovernance.Actors;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Orleans.Grains;
using CommunityGovernance.Rights;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Marten;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Tests.Servers;
using JasperFx;
using Marten;
using NodaTime;

namespace CommunityGovernance.Benchmarks;

/// <summary>
/// Commands per second through the aggregates' grains, on one silo and on two (in this process, loopback TCP, Redis
/// membership, Marten on a throwaway PostgreSQL), beside the store's own append rate for the same events at the same
/// concurrency: the ceiling a cluster on this one store can approach.
/// </summary>
/// <remarks>
/// The load of a scope: every street office granted its right (one command), and for every community a demand raised
/// and accepted (two commands, in order). Each configuration runs on a fresh tenant of the same database.
/// </remarks>
public static class ClusterBenchmark
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 9, 0);

    public sealed record Figures(string Configuration, int Commands, double Seconds, int Refused)
    {
        public double PerSecond => Commands / Seconds;
    }

    /// <summary>One chain of commands on one stream, run in order.</summary>
    public sealed record Chain(StreamName Stream, IReadOnlyList<object> Commands);

    public static int Run(string[] args)
    {
        var scopes = new List<string>();
        var workers = 16;
        var limit = int.MaxValue;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--scope" when i + 1 < args.Length:
                    scopes.Add(args[++i]);
                    break;
                case "--workers" when i + 1 < args.Length:
                    workers = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--communities" when i + 1 < args.Length:
                    limit = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"cluster takes [--scope wenjiang|sichuan]... [--workers N] [--communities N], not '{args[i]}'.");
            }
        }

        if (scopes.Count == 0)
        {
            scopes.AddRange(["wenjiang", "sichuan"]);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cluster: {workers} client workers, {Environment.ProcessorCount} cores, load {Analyzers.AnalyzerOverhead.LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; silos, client and servers on this one machine (loopback)"));
        using var servers = Servers.Start();
        if (servers is null)
        {
            return 0;
        }

        foreach (var scope in scopes)
        {
            var rows = scope == "wenjiang" ? DivisionRows.ReadWenjiangCsv() : DivisionRows.ReadDatabase(DivisionRows.DatabasePath(), DivisionRows.Scopes[scope]);
            var chains = Chains(rows, limit);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scope}: {chains.Count:N0} streams, {chains.Sum(c => c.Commands.Count):N0} commands"));

            // Every path once on a few chains, untimed, so the measured runs do not pay for first calls.
            var warm = chains.Take(20).ToList();
            MeasureAsync(servers, warm, silos: 1, workers).GetAwaiter().GetResult();
            MeasureStoreAsync(servers, warm, workers).GetAwaiter().GetResult();

            MeasureAppendsAsync(servers, warm, workers).GetAwaiter().GetResult();
            var results = new List<Figures>
            {
                MeasureAppendsAsync(servers, chains, workers).GetAwaiter().GetResult(),
                MeasureStoreAsync(servers, chains, workers).GetAwaiter().GetResult(),
                MeasureAsync(servers, chains, silos: 1, workers).GetAwaiter().GetResult(),
                MeasureAsync(servers, chains, silos: 2, workers).GetAwaiter().GetResult(),
            };
            Console.WriteLine($"| {scope} | commands | seconds | commands/s | refused |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var f in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {f.Configuration} | {f.Commands:N0} | {f.Seconds:F1} | {f.PerSecond:N0} | {f.Refused} |"));
            }

            Console.WriteLine($"load at the end of {scope}: {Analyzers.AnalyzerOverhead.LoadAverage()}");
        }

        return 0;
    }

    /// <summary>The scope's chains: a right per street, a demand raised and accepted per community.</summary>
    public static List<Chain> Chains(List<DivisionRow> rows, int communities = int.MaxValue)
    {
        var chains = new List<Chain>();
        foreach (var street in rows.Where(r => r.Level == "street"))
        {
            var right = new GovernanceRightId($"GR-{street.Code}");
            chains.Add(new Chain(GovernanceRight.StreamOf(right), [new GrantRight(right, new ActorId($"SO-{street.Code}"), street.Code, s_at)]));
        }

        foreach (var community in rows.Where(r => r.Level == "community").Take(communities))
        {
            var demand = new DemandId($"D-{community.Code}");
            chains.Add(new Chain(Demand.StreamOf(demand),
            [
                new Raise(demand, new ActorId($"RC-{community.Code}"), community.Code, s_at),
                new AcceptDemand(new ActorId($"SO-{community.ParentCode}"), s_at + Duration.FromHours(2)),
            ]));
        }

        return chains;
    }

    /// <summary>The chains through a cluster of <paramref name="silos"/> silos, <paramref name="workers"/> chains at a time.</summary>
    public static async Task<Figures> MeasureAsync(Servers servers, IReadOnlyList<Chain> chains, int silos, int workers)
    {
        var tenant = servers.FreshTenant();
        await using var cluster = await LocalCluster.StartAsync(silos, servers.Redis, (_, t) => new MartenEventStore(servers.Documents, t), []);
        var client = cluster.Client;
        var (seconds, refused) = await RunAsync(chains, workers, async (chain, step, command) =>
        {
            var outcome = command switch
            {
                IAggregateCommand<Demand> d => await client.GetAggregate(tenant, Demand.StreamOf(new DemandId(chain.Stream.Key))).ExecuteAtAsync(d, step),
                IAggregateCommand<GovernanceRight> r => await client.GetAggregate(tenant, GovernanceRight.StreamOf(new GovernanceRightId(chain.Stream.Key))).ExecuteAtAsync(r, step),
                _ => throw new InvalidOperationException(command.GetType().Name),
            };
            Check(outcome.Version == step + 1, "each command appends one event at its place");
        });
        await Verify(servers, tenant, chains);
        return new Figures(silos == 1 ? "one silo" : $"{silos} silos", chains.Sum(c => c.Commands.Count), seconds, refused);
    }

    /// <summary>The same commands run in this process (no Orleans), appending through the store: its own rate, the ceiling.</summary>
    public static async Task<Figures> MeasureStoreAsync(Servers servers, IReadOnlyList<Chain> chains, int workers)
    {
        var tenant = servers.FreshTenant();
        var context = new AggregateCommandContext(new MartenEventStore(servers.Documents, tenant));
        var (seconds, refused) = await RunAsync(chains, workers, async (chain, step, command) =>
        {
            var outcome = command switch
            {
                IAggregateCommand<Demand> d => await AggregateCommands.ExecuteAsync(Demand.StreamOf(new DemandId(chain.Stream.Key)), d, context, step),
                IAggregateCommand<GovernanceRight> r => await AggregateCommands.ExecuteAsync(GovernanceRight.StreamOf(new GovernanceRightId(chain.Stream.Key)), r, context, step),
                _ => throw new InvalidOperationException(command.GetType().Name),
            };
            Check(outcome.Version == step + 1, "each command appends one event at its place");
        });
        await Verify(servers, tenant, chains);
        return new Figures("commands in one process, no Orleans (each loads its stream)", chains.Sum(c => c.Commands.Count), seconds, refused);
    }

    /// <summary>
    /// The store's own rate: the events those commands raise (computed beforehand in memory, untimed), appended one
    /// command's worth at a time at its expected version, at the same concurrency. Nothing is loaded or decided.
    /// </summary>
    public static async Task<Figures> MeasureAppendsAsync(Servers servers, IReadOnlyList<Chain> chains, int workers)
    {
        var memory = new AggregateCommandContext(new InMemoryEventStore(new DomainEventSerializer()));
        var events = new Dictionary<StreamName, IReadOnlyList<RecordedEvent>>();
        foreach (var chain in chains)
        {
            for (var step = 0; step < chain.Commands.Count; step++)
            {
                _ = chain.Commands[step] switch
                {
                    IAggregateCommand<Demand> d => await AggregateCommands.ExecuteAsync(Demand.StreamOf(new DemandId(chain.Stream.Key)), d, memory, step),
                    IAggregateCommand<GovernanceRight> r => await AggregateCommands.ExecuteAsync(GovernanceRight.StreamOf(new GovernanceRightId(chain.Stream.Key)), r, memory, step),
                    _ => throw new InvalidOperationException(chain.Commands[step].GetType().Name),
                };
            }

            events[chain.Stream] = await memory.Store.ReadStreamAsync(chain.Stream);
        }

        var tenant = servers.FreshTenant();
        var store = new MartenEventStore(servers.Documents, tenant);
        var (seconds, refused) = await RunAsync(chains, workers, async (chain, step, _) =>
            await store.AppendAsync(chain.Stream, step, [events[chain.Stream][step].Event]));
        await Verify(servers, tenant, chains);
        return new Figures("the store's appends alone: the ceiling", chains.Sum(c => c.Commands.Count), seconds, refused);
    }

    private static async Task<(double Seconds, int Refused)> RunAsync(IReadOnlyList<Chain> chains, int workers, Func<Chain, int, object, Task> send)
    {
        var next = -1;
        var refused = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < chains.Count)
            {
                var chain = chains[index];
                for (var step = 0; step < chain.Commands.Count; step++)
                {
                    try
                    {
                        await send(chain, step, chain.Commands[step]);
                    }
                    catch (DomainException)
                    {
                        Interlocked.Increment(ref refused);
                        break;
                    }
                }
            }
        })));
        return (watch.Elapsed.TotalSeconds, refused);
    }

    private static async Task Verify(Servers servers, TenantId tenant, IReadOnlyList<Chain> chains)
    {
        var store = new MartenEventStore(servers.Documents, tenant);
        var events = 0;
        await foreach (var _ in store.ReadFeedAsync())
        {
            events++;
        }

        Check(events == chains.Sum(c => c.Commands.Count), $"the store holds one event per command ({events} stored)");
    }

    /// <summary>
    /// A committee raises a demand about its community. What exists is given (a fixed directory), not read from the
    /// silo's directory as the sample's <c>RaiseDemand</c> does: the load stores no district, and the figures measure the
    /// grains and the store, not the directory's catch-up.
    /// </summary>
    public sealed record Raise(DemandId Id, ActorId Raiser, string Community, Instant At) : IAggregateCommand<Demand>
    {
        public ValueTask<Demand> ExecuteAsync(Demand? current, AggregateCommandContext context, CancellationToken cancellationToken)
        {
            var subject = CommunityGovernance.Communities.CommunityUnit.Administrative(CommunityGovernance.Communities.AdministrativeCommunityId.Parse(Community));
            return current is null
                ? ValueTask.FromResult(Demand.Raise(Id, Raiser, subject, DemandCategory.PublicService, "street lighting", "The lamps are out.", DemandDeadlines.Default, new Testing.Communities.FixedCommunityDirectory(At).Establish(subject).Register(Raiser), At))
                : throw new DomainRuleViolationException("DemandIsRaisedOnce", $"Demand {Id} has already been raised.");
        }
    }

    /// <summary>A street office granted its right over its street; what exists is given, as for <see cref="Raise"/>.</summary>
    public sealed record GrantRight(GovernanceRightId Id, ActorId Office, string Street, Instant At) : IAggregateCommand<GovernanceRight>
    {
        public ValueTask<GovernanceRight> ExecuteAsync(GovernanceRight? current, AggregateCommandContext context, CancellationToken cancellationToken)
        {
            var scope = CommunityGovernance.Communities.CommunityUnit.Administrative(CommunityGovernance.Communities.AreaCode.Parse(Street, CommunityGovernance.Communities.AdministrativeLevel.Street));
            return current is null
                ? ValueTask.FromResult(GovernanceRight.Grant(Id, new RightTerms(Office, GrantStreetRight.Powers, scope, new Interval(At, At + Duration.FromDays(365))), new Testing.Communities.FixedCommunityDirectory(At).Establish(scope).Register(Office), At))
                : throw new DomainRuleViolationException("RightIsGrantedOnce", $"Right {Id} has already been granted.");
        }
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"cluster benchmark check failed: {what}");
        }
    }

    /// <summary>The throwaway PostgreSQL and Redis servers and the Marten store of one run.</summary>
    public sealed class Servers : IDisposable
    {
        private readonly PostgresServer _postgres;
        private readonly RedisServer _redis;
        private int _tenants;

        private Servers(PostgresServer postgres, RedisServer redis, DocumentStore documents)
        {
            _postgres = postgres;
            _redis = redis;
            Documents = documents;
        }

        public DocumentStore Documents { get; }

        public string Redis => _redis.ConnectionString;

        /// <summary>Starts both servers, or prints why not and returns <see langword="null"/>.</summary>
        public static Servers? Start()
        {
            var postgres = new PostgresServer();
            var redis = new RedisServer();
            if ((postgres.UnavailableReason ?? redis.UnavailableReason) is { } reason)
            {
                Console.WriteLine($"cluster: skipped, {reason}");
                postgres.Dispose();
                redis.Dispose();
                return null;
            }

            Console.WriteLine(PostgresStorage.Describe(postgres));
            var connection = postgres.CreateDatabaseAsync("cluster").GetAwaiter().GetResult();
            var documents = DocumentStore.For(options =>
            {
                options.Connection(connection);
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                options.UseCommunityGovernance(new DomainEventSerializer(personalDataKeys: new InMemoryPersonalDataKeyStore()));
            });
            documents.Storage.ApplyAllConfiguredChangesToDatabaseAsync().GetAwaiter().GetResult();
            return new Servers(postgres, redis, documents);
        }

        public TenantId FreshTenant() => new(string.Create(CultureInfo.InvariantCulture, $"run-{Interlocked.Increment(ref _tenants)}"));

        public void Dispose()
        {
            Documents.Dispose();
            _redis.Dispose();
            _postgres.Dispose();
        }
    }
}
