using CommunityGovernance.Kernel;
using CommunityGovernance.Orleans.Commands;
using CommunityGovernance.Orleans.Hosting;
using CommunityGovernance.Storage;

namespace CommunityGovernance.Orleans.Grains;

/// <summary>
/// The grain of one aggregate: loads it from the tenant's store on the first command, keeps it while active, and runs
/// each command through <see cref="AggregateCommands"/>, the path one process takes too.
/// </summary>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
internal sealed class AggregateGrain<TAggregate> : Grain, IAggregateGrain<TAggregate>
    where TAggregate : AggregateRoot, IEventSourced<TAggregate>
{
    private readonly GovernanceTenants _tenants;
    private readonly IServiceProvider _services;
    private AggregateCommandContext? _context;
    private StreamName<TAggregate> _stream;
    private TAggregate? _aggregate;
    private bool _loaded;

    public AggregateGrain(GovernanceTenants tenants, IServiceProvider services)
    {
        _tenants = tenants;
        _services = services;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (tenant, stream) = AggregateGrainKey.Parse(this.GetPrimaryKeyString());
        if (!string.Equals(stream.Kind, TAggregate.StreamKind, StringComparison.Ordinal))
        {
            throw new DomainRuleViolationException(
                StorageRules.StreamNameIsWellFormed,
                $"Stream '{stream}' is not of kind '{TAggregate.StreamKind}', the kind of {typeof(TAggregate).Name}.");
        }

        _stream = StreamName.For<TAggregate>(stream.Key.Split('/'));
        _context = new AggregateCommandContext(_tenants.Store(tenant), _tenants.ReadModels(tenant), _services);
        return Task.CompletedTask;
    }

    public Task<CommandOutcome> ExecuteAsync(IAggregateCommand<TAggregate> command) => RunAsync(command, null);

    public Task<CommandOutcome> ExecuteAtAsync(IAggregateCommand<TAggregate> command, long expectedVersion)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        return RunAsync(command, expectedVersion);
    }

    public async Task<long> GetVersionAsync() => (await CurrentAsync(CancellationToken.None).ConfigureAwait(true))?.Version ?? 0;

    private async Task<CommandOutcome> RunAsync(IAggregateCommand<TAggregate> command, long? expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await AggregateCommands.RunAsync(
            _stream,
            command,
            _context!,
            expectedVersion,
            _tenants.Attempts,
            CurrentAsync,
            Keep,
            CancellationToken.None).ConfigureAwait(true);
    }

    private async ValueTask<TAggregate?> CurrentAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            _aggregate = await _context!.Store.LoadAsync(_stream, cancellationToken).ConfigureAwait(true);
            _loaded = true;
        }

        return _aggregate;
    }

    // The saved aggregate (a created one included) is kept in memory; after a failure, null: the next command reloads.
    private void Keep(TAggregate? aggregate)
    {
        _aggregate = aggregate;
        _loaded = aggregate is not null;
    }
}
