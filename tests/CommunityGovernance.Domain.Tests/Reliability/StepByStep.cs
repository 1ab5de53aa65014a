using CommunityGovernance.Kernel;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>
/// The shared loop of the model-based properties: drive an aggregate one command at a time beside a plain model of
/// what it should accept and hold.
/// </summary>
internal static class StepByStep
{
    /// <summary>When the driven aggregates are made; each step comes a minute after the one before.</summary>
    public static readonly Instant Start = Instant.FromUtc(2025, 1, 1, 0, 0);

    /// <summary>
    /// Runs <paramref name="steps"/> on the aggregate. <paramref name="model"/> predicts whether a step is accepted at
    /// its instant (and updates the model when it is); a refused step must leave the snapshot, the version and the
    /// pending events exactly as they were; an accepted one must raise events; after every step
    /// <paramref name="agrees"/> compares aggregate and model. (Rebuilding from events is covered for every
    /// aggregate in <see cref="SerializationRoundTripTests"/>.)
    /// </summary>
    public static Property Follows<TAggregate, TStep>(
        TAggregate aggregate,
        Func<TAggregate, object> snapshot,
        IReadOnlyList<TStep> steps,
        Func<TStep, Instant, bool> model,
        Action<TAggregate, TStep, Instant> apply,
        Func<TAggregate, bool> agrees)
        where TAggregate : AggregateRoot
    {
        var at = Start;
        for (var i = 0; i < steps.Count; i++)
        {
            at += Duration.FromMinutes(1);
            var before = snapshot(aggregate);
            var version = aggregate.Version;
            var pending = aggregate.PendingEvents.ToArray();
            string? refusal = null;
            try
            {
                apply(aggregate, steps[i], at);
            }
            catch (DomainRuleViolationException e)
            {
                refusal = e.Rule;
            }

            var expected = model(steps[i], at);
            if (expected != (refusal is null))
            {
                return false.Label($"step {i} ({steps[i]}): model says {(expected ? "accept" : "refuse")}, aggregate {(refusal is null ? "accepted" : "refused (" + refusal + ")")}");
            }

            if (refusal is not null
                && (!Equals(snapshot(aggregate), before) || aggregate.Version != version || !aggregate.PendingEvents.SequenceEqual(pending)))
            {
                return false.Label($"step {i} ({steps[i]}) was refused ({refusal}) but changed the aggregate");
            }

            if (refusal is null && (aggregate.Version <= version || !aggregate.PendingEvents.Take(pending.Length).SequenceEqual(pending)))
            {
                return false.Label($"step {i} ({steps[i]}) was accepted but raised no event or rewrote earlier ones");
            }

            if (!agrees(aggregate))
            {
                return false.Label($"after step {i} ({steps[i]}) the aggregate and the model disagree");
            }
        }

        return true.ToProperty();
    }
}
