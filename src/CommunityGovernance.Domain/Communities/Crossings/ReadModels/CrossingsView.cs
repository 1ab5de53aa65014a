using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;

namespace CommunityGovernance.Communities.Crossings.ReadModels;

/// <summary>
/// The crossings by community and status, kept current from the feed: orders sunk into living communities (行政指令下沉)
/// and self-governance decisions sent up, each listed under the administrative community whose residents' committee
/// carried it.
/// </summary>
/// <remarks>Thread-safe: the runner applies events while requests read; each read sees whole events.</remarks>
public sealed class CrossingsView : InMemoryProjection
{
    private readonly Lock _gate = new();
    private readonly FoldedAggregates<AdministrativeOrder> _orders = new();
    private readonly FoldedAggregates<SelfGovernanceDecision> _decisions = new();

    /// <summary>Creates an empty view.</summary>
    /// <param name="name">The projection's name; <c>crossings</c> unless told.</param>
    public CrossingsView(string name = "crossings")
        : base(name)
    {
    }

    /// <summary>One page of the orders, in id order.</summary>
    /// <param name="within">Only orders through the committees of communities within this unit (a community, street or district); all unless given.</param>
    /// <param name="status">Only orders in this status; all unless given.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="size">The page size, 1 to <see cref="Page{T}.MaxSize"/>.</param>
    /// <returns>The page.</returns>
    public Page<AdministrativeOrderSnapshot> Orders(AreaCode? within = null, AdministrativeOrderStatus? status = null, int page = 1, int size = 20)
    {
        lock (_gate)
        {
            return Page<AdministrativeOrderSnapshot>.Of(
                _orders.All
                    .Where(o => within is not { } unit || o.Channel.Jurisdiction.AreaCode.IsWithin(unit))
                    .Where(o => status is not { } s || o.Status == s)
                    .Select(o => o.ToSnapshot())
                    .OrderBy(o => o.Id.Value, StringComparer.Ordinal),
                page,
                size);
        }
    }

    /// <summary>One page of the self-governance decisions, in id order.</summary>
    /// <param name="within">Only decisions carried by the committees of communities within this unit; all unless given.</param>
    /// <param name="acknowledged">Only acknowledged (<see langword="true"/>) or only unacknowledged ones; all unless given.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="size">The page size, 1 to <see cref="Page{T}.MaxSize"/>.</param>
    /// <returns>The page.</returns>
    public Page<SelfGovernanceDecisionSnapshot> Decisions(AreaCode? within = null, bool? acknowledged = null, int page = 1, int size = 20)
    {
        lock (_gate)
        {
            return Page<SelfGovernanceDecisionSnapshot>.Of(
                _decisions.All
                    .Select(d => d.ToSnapshot())
                    .Where(d => within is not { } unit || d.Channel.Jurisdiction.AreaCode.IsWithin(unit))
                    .Where(d => acknowledged is not { } a || (d.AcknowledgedBy is not null) == a)
                    .OrderBy(d => d.Id.Value, StringComparer.Ordinal),
                page,
                size);
        }
    }

    /// <inheritdoc />
    protected override void When(RecordedEvent recorded)
    {
        lock (_gate)
        {
            _ = _orders.TryAdd(recorded) || _decisions.TryAdd(recorded);
        }
    }
}
