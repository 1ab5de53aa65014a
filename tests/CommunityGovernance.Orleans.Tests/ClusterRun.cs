using CommunityGovernance.Actors;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Orleans.Tests.Commands;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Demands;

namespace CommunityGovernance.Orleans.Tests;

/// <summary>What one command did: its outcome, or the domain exception it was refused with.</summary>
internal sealed record Result(long Version, int Appended, string? Refusal)
{
    public static Result Of(CommandOutcome outcome) => new(outcome.Version, outcome.Appended, null);

    public static Result Of(DomainException refused) => new(0, 0, $"{refused.GetType().Name} {refused.Rule}: {refused.Message}");
}

/// <summary>A generated demand scenario as commands: its actors (stored before), the raise and each step.</summary>
internal sealed record ScenarioCommands(DemandScenario Scenario)
{
    public StreamName<Demand> Stream => Demand.StreamOf(Scenario.Id);

    public IEnumerable<Actor> Actors => Scenario.Responsible.Append(Scenario.Raiser).Append(Scenario.Acceptor).Append(Scenario.Stranger);

    public IEnumerable<IAggregateCommand<Demand>> Commands()
    {
        var s = Scenario;
        yield return new RaiseDemand(s.Id, s.Raiser.Id, s.Subject, s.Category, s.RaisedAt);
        var responsible = s.Responsible.Select(a => a.Id).ToArray();
        foreach (var step in s.Commands)
        {
            yield return new TakeDemandStep(s.Raiser.Id, s.Acceptor.Id, responsible, s.Stranger.Id, step);
        }
    }

    /// <summary>Stores the actors' registrations (without marking them saved, so they can be stored twice).</summary>
    public async Task StoreActorsAsync(IEventStore store)
    {
        foreach (var actor in Actors)
        {
            await store.AppendAsync(actor.Stream, 0, [.. actor.PendingEvents]);
        }
    }

    /// <summary>Runs every command in this process, on the same path a grain takes.</summary>
    public async Task<List<Result>> RunInProcessAsync(IEventStore store)
    {
        var context = new AggregateCommandContext(store);
        var results = new List<Result>();
        foreach (var command in Commands())
        {
            try
            {
                results.Add(Result.Of(await AggregateCommands.ExecuteAsync(Stream, command, context)));
            }
            catch (DomainException refused)
            {
                results.Add(Result.Of(refused));
            }
        }

        return results;
    }
}

/// <summary>Compares stored streams event by event, as the store writes them.</summary>
internal static class StoredStreams
{
    private static readonly DomainEventSerializer s_serializer = new();

    public static async Task<List<string>> ReadAsync(IEventStore store, StreamName stream) =>
        [.. (await store.ReadStreamAsync(stream)).Select(r => $"{r.StreamVersion} {s_serializer.Serialize(r.Event).Type} {s_serializer.Serialize(r.Event).Data}")];
}
