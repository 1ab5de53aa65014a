using CommunityGovernance.Communities;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;

namespace CommunityGovernance.Programmes.ReadModels;

/// <summary>
/// Programme fulfilment (e.g. 社八件) by street and community, kept current from the feed: the list a street office
/// pages through to see which communities have fulfilled which mandated items.
/// </summary>
/// <remarks>Thread-safe: the runner applies events while requests read; each read sees whole events.</remarks>
public sealed class ProgrammeFulfilmentView : InMemoryProjection
{
    private readonly Lock _gate = new();
    private readonly FoldedAggregates<ProgrammeFulfilment> _fulfilments = new();

    /// <summary>Creates an empty view.</summary>
    /// <param name="name">The projection's name; <c>programme-fulfilment</c> unless told.</param>
    public ProgrammeFulfilmentView(string name = "programme-fulfilment")
        : base(name)
    {
    }

    /// <summary>One page of the communities' fulfilment of a programme, in community code order.</summary>
    /// <param name="programme">The programme's code, e.g. <c>wenjiang-eight-items</c>.</param>
    /// <param name="within">Only communities within this street or district; all unless given.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="size">The page size, 1 to <see cref="Page{T}.MaxSize"/>.</param>
    /// <returns>The page.</returns>
    public Page<CommunityProgrammeStatus> Fulfilments(string programme, AreaCode? within = null, int page = 1, int size = 20)
    {
        lock (_gate)
        {
            return Page<CommunityProgrammeStatus>.Of(
                _fulfilments.All
                    .Where(f => string.Equals(f.Programme, programme, StringComparison.Ordinal))
                    .Where(f => within is not { } unit || f.Community.AreaCode.IsWithin(unit))
                    .OrderBy(f => f.Community)
                    .Select(f => f.ToStatus()),
                page,
                size);
        }
    }

    /// <summary>How many communities of each street have started and completed a programme.</summary>
    /// <param name="programme">The programme's code.</param>
    /// <returns>Per street code: the communities that started it and those that fulfilled every item.</returns>
    public IReadOnlyDictionary<AreaCode, (int Started, int Complete)> ByStreet(string programme)
    {
        lock (_gate)
        {
            return _fulfilments.All
                .Where(f => string.Equals(f.Programme, programme, StringComparison.Ordinal))
                .GroupBy(f => f.Community.StreetCode)
                .ToDictionary(g => g.Key, g => (g.Count(), g.Count(f => f.ToStatus().IsComplete)));
        }
    }

    /// <inheritdoc />
    protected override void When(RecordedEvent recorded)
    {
        lock (_gate)
        {
            _fulfilments.TryAdd(recorded);
        }
    }
}
