using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using NodaTime;

namespace CommunityGovernance.Demands.ReadModels;

/// <summary>The filters, order and page of a demand list (a street-office screen's query).</summary>
public sealed record DemandQuery
{
    /// <summary>The largest page accepted.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Only demands counting for this administrative unit (a district, a street or a community), through coverage.</summary>
    public AreaCode? Within { get; init; }

    /// <summary>Only demands in this status.</summary>
    public DemandStatus? Status { get; init; }

    /// <summary>Only demands currently assigned to this actor.</summary>
    public ActorId? Assignee { get; init; }

    /// <summary>Only overdue demands (<see langword="true"/>) or only demands not overdue (<see langword="false"/>).</summary>
    public bool? Overdue { get; init; }

    /// <summary>The order; newest first unless told.</summary>
    public DemandOrder Order { get; init; } = DemandOrder.NewestFirst;

    /// <summary>The page, from 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The page is below 1.</exception>
    public int Page { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Pages count from 1."); } = 1;

    /// <summary>The page size, 1 to <see cref="MaxPageSize"/>; 20 unless told.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is out of range.</exception>
    public int PageSize { get; init => field = value is >= 1 and <= MaxPageSize ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"A page holds 1 to {MaxPageSize} items."); } = 20;
}

/// <summary>The orders of a demand list.</summary>
public enum DemandOrder
{
    /// <summary>The most recently raised first.</summary>
    NewestFirst = 1,

    /// <summary>The earliest raised first.</summary>
    OldestFirst = 2,

    /// <summary>The earliest due first.</summary>
    DueFirst = 3,
}

/// <summary>A demand as a list shows it.</summary>
/// <param name="Id">The demand.</param>
/// <param name="Category">Its category.</param>
/// <param name="Subject">The community it is about.</param>
/// <param name="Status">Its status.</param>
/// <param name="Assignee">Its current assignee, if routed.</param>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="DueAt">When it is due.</param>
/// <param name="Overdue">Whether it was overdue at the query's instant.</param>
public sealed record DemandSummary(DemandId Id, DemandCategory Category, CommunityUnit Subject, DemandStatus Status, ActorId? Assignee, Instant RaisedAt, Instant DueAt, bool Overdue);

/// <summary>One page of an ordered list.</summary>
/// <typeparam name="T">The items' type.</typeparam>
/// <param name="Items">The page's items.</param>
/// <param name="Number">The page's number, from 1.</param>
/// <param name="Size">The page size asked for.</param>
/// <param name="Total">How many items the whole list holds.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    /// <summary>How many pages the list fills.</summary>
    public int PageCount => (Total + Size - 1) / Size;

    /// <summary>Takes one page of an ordered sequence.</summary>
    /// <param name="ordered">The whole list, ordered.</param>
    /// <param name="number">The page, from 1.</param>
    /// <param name="size">The page size.</param>
    /// <returns>The page.</returns>
    public static Page<T> Of(IEnumerable<T> ordered, int number, int size)
    {
        var all = ordered.ToList();
        return new Page<T>([.. all.Skip((number - 1) * size).Take(size)], number, size, all.Count);
    }
}
