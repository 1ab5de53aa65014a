using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Storage.Projections;
using NodaTime;

namespace CommunityGovernance.Demands.ReadModels;

/// <summary>The filters, order and page of a demand list (a street-office screen's query).</summary>
public sealed record DemandQuery
{
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

    /// <summary>The page size, 1 to <see cref="Page{T}.MaxSize"/>; 20 unless told.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is out of range.</exception>
    public int PageSize { get; init => field = value is >= 1 and <= Page<DemandSummary>.MaxSize ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"A page holds 1 to {Page<DemandSummary>.MaxSize} items."); } = 20;
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
