using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;

namespace CommunityGovernance.Orleans.Commands;

/// <summary>
/// Runs a command against an aggregate and saves what it raised: the one path that both an aggregate's grain and a
/// single process take, so that a cluster and one process give the same events for the same commands.
/// </summary>
public static class AggregateCommands
{
    /// <summary>How often a command runs again after a concurrent writer moved its stream, unless told otherwise.</summary>
    public const int DefaultAttempts = 3;

    /// <summary>Loads the aggregate, runs the command and saves its events, in this process.</summary>
    /// <typeparam name="TAggregate">The aggregate type.</typeparam>
    /// <param name="stream">The aggregate's stream.</param>
    /// <param name="command">The command.</param>
    /// <param name="context">The context (its store is the tenant's).</param>
    /// <param name="expectedVersion">The version the caller saw, or <see langword="null"/> to run on whatever is stored.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>What the command did.</returns>
    /// <exception cref="DomainRuleViolationException">The aggregate refused the command; nothing was stored.</exception>
    /// <exception cref="ConcurrencyConflictException">
    /// The stream is not at <paramref name="expectedVersion"/>, or other writers kept moving it for
    /// <see cref="DefaultAttempts"/> attempts; nothing was stored.
    /// </exception>
    public static async Task<CommandOutcome> ExecuteAsync<TAggregate>(
        StreamName<TAggregate> stream,
        IAggregateCommand<TAggregate> command,
        AggregateCommandContext context,
        long? expectedVersion = null,
        CancellationToken cancellationToken = default)
        where TAggregate : AggregateRoot, IEventSourced<TAggregate>
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        TAggregate? current = null;
        var loaded = false;
        return await RunAsync(
            stream,
            command,
            context,
            expectedVersion,
            DefaultAttempts,
            async ct =>
            {
                if (!loaded)
                {
                    current = await context.Store.LoadAsync(stream, ct).ConfigureAwait(false);
                    loaded = true;
                }

                return current;
            },
            kept =>
            {
                current = kept;
                loaded = kept is not null;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The shared path: get the aggregate (cached or loaded), check the expected version, run, save and keep the saved
    /// aggregate (<paramref name="keep"/>); on a conflict with another writer forget it (<c>keep(null)</c>) and run
    /// again on what is stored; on any other failure forget it too, so that no unsaved event survives a failed command.
    /// </summary>
    internal static async Task<CommandOutcome> RunAsync<TAggregate>(
        StreamName<TAggregate> stream,
        IAggregateCommand<TAggregate> command,
        AggregateCommandContext context,
        long? expectedVersion,
        int attempts,
        Func<CancellationToken, ValueTask<TAggregate?>> current,
        Action<TAggregate?> keep,
        CancellationToken cancellationToken)
        where TAggregate : AggregateRoot, IEventSourced<TAggregate>
    {
        for (var attempt = 1; ; attempt++)
        {
            var aggregate = await current(cancellationToken).ConfigureAwait(false);
            var version = aggregate?.Version ?? 0;
            if (expectedVersion is { } expected && expected != version)
            {
                throw new ConcurrencyConflictException(stream.ToString(), expected, version);
            }

            TAggregate? changed = null;
            try
            {
                changed = await command.ExecuteAsync(aggregate, context, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"Command {command.GetType().Name} returned no aggregate for stream '{stream}'.");
                if (changed.Stream != stream)
                {
                    throw new InvalidOperationException(
                        $"Command {command.GetType().Name} was sent to stream '{stream}' but returned the aggregate of stream '{changed.Stream}'.");
                }

                if (aggregate is not null && !ReferenceEquals(changed, aggregate))
                {
                    throw new InvalidOperationException(
                        $"Command {command.GetType().Name} returned a new aggregate for stream '{stream}', which already exists at version {version}: change the aggregate it was given.");
                }

                var pending = changed.PendingEvents.Count;
                var saved = await context.Store.SaveAsync(changed, cancellationToken).ConfigureAwait(false);
                keep(changed);
                return new CommandOutcome(saved.StreamVersion, pending, saved.LastPosition, attempt);
            }
            catch (ConcurrencyConflictException) when (attempt < attempts && expectedVersion is null)
            {
                // Another writer appended since this aggregate was loaded (on a cluster: a second activation during a
                // membership change). Its events are not merged with ours: reload and decide again on what is stored.
                keep(null);
            }
            catch (DomainRuleViolationException) when ((changed ?? aggregate) is not { PendingEvents.Count: > 0 })
            {
                // Refused before any event was raised: the aggregate is exactly as it was and stays in memory.
                throw;
            }
            catch
            {
                keep(null);
                throw;
            }
        }
    }
}
