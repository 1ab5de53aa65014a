using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Kernel;
using NodaTime;

namespace CommunityGovernance.Programmes;

/// <summary>How far a community is with one mandated item.</summary>
[AdministrativeSide]
public enum MandatedItemStatus
{
    /// <summary>Nothing recorded yet.</summary>
    NotStarted = 1,

    /// <summary>Content or evidence recorded, not yet fulfilled.</summary>
    InProgress = 2,

    /// <summary>Fulfilled.</summary>
    Fulfilled = 3,
}

/// <summary>One mandated item as a community fulfils it: its own content, its evidence, its dates.</summary>
/// <param name="Item">The item's key.</param>
/// <param name="Status">How far it is.</param>
/// <param name="Content">The community's own content, once recorded.</param>
/// <param name="Evidence">The evidence, in the order it was added.</param>
/// <param name="FulfilledOn">The day it was fulfilled, once fulfilled.</param>
[AdministrativeSide]
public sealed record MandatedItemFulfilment(string Item, MandatedItemStatus Status, string? Content, EquatableArray<ItemEvidence> Evidence, LocalDate? FulfilledOn);

/// <summary>One piece of evidence for a mandated item.</summary>
/// <param name="Evidence">The reference or description.</param>
/// <param name="On">The day it is of.</param>
[AdministrativeSide]
public readonly record struct ItemEvidence(string Evidence, LocalDate On);

/// <summary>A community's status report on a programme (per-community 社八件 report).</summary>
/// <param name="Programme">The programme's code.</param>
/// <param name="Community">The administrative community.</param>
/// <param name="Items">Every mandated item, in number order.</param>
[AdministrativeSide]
public sealed record CommunityProgrammeStatus(string Programme, AdministrativeCommunityId Community, EquatableArray<MandatedItemFulfilment> Items)
{
    /// <summary>How many items are fulfilled.</summary>
    public int FulfilledCount => Items.Count(i => i.Status == MandatedItemStatus.Fulfilled);

    /// <summary>Whether every mandated item is fulfilled.</summary>
    public bool IsComplete => FulfilledCount == Items.Count;
}

/// <summary>How the communities of a street stand on one mandated item.</summary>
/// <param name="Item">The item's key.</param>
/// <param name="Fulfilled">Communities that fulfilled it.</param>
/// <param name="InProgress">Communities working on it.</param>
/// <param name="NotStarted">Communities that have not started it.</param>
[AdministrativeSide]
public readonly record struct MandatedItemTally(string Item, int Fulfilled, int InProgress, int NotStarted);

/// <summary>A street's status report on a programme: every community's report and a tally per item.</summary>
/// <param name="Programme">The programme's code.</param>
/// <param name="Street">The street office or township.</param>
/// <param name="Communities">Each community's report, in code order.</param>
/// <param name="Items">The tally per item, in number order.</param>
[AdministrativeSide]
public sealed record StreetProgrammeStatus(string Programme, AreaCode Street, EquatableArray<CommunityProgrammeStatus> Communities, EquatableArray<MandatedItemTally> Items)
{
    /// <summary>How many communities fulfilled every item.</summary>
    public int CompleteCount => Communities.Count(c => c.IsComplete);
}
