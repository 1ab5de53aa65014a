using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.WorkAccess.ReadModels;

/// <summary>How the work set on the residents' committees of a unit (a community, or all those of a street or district) stands against the work-access list.</summary>
/// <param name="StatutoryDuties">Tasks whose kind the list names as the committee's duty by law.</param>
/// <param name="AssistedWork">Tasks whose kind the list names as work it assists the government with.</param>
/// <param name="Unlisted">Tasks of kinds the list does not name, each coordinated by the street office.</param>
/// <param name="FromDepartments">Of all the tasks, those set by vertical departments (条) rather than by the street office (块).</param>
/// <param name="Declined">Unlisted tasks the committee declined.</param>
/// <param name="Open">Tasks neither taken on nor declined yet.</param>
[AdministrativeSide]
public sealed record CommunityTaskCounts(int StatutoryDuties, int AssistedWork, int Unlisted, int FromDepartments, int Declined, int Open)
{
    /// <summary>Every task counted.</summary>
    public int Total => StatutoryDuties + AssistedWork + Unlisted;

    /// <summary>No task at all.</summary>
    public static CommunityTaskCounts None { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>The counts of the given tasks, as <see cref="CommunityTasksView"/> keeps them.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <returns>The counts.</returns>
    public static CommunityTaskCounts Of(IEnumerable<CommunityTaskSnapshot> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        return tasks.Aggregate(None, (counts, task) => counts.With(task));
    }

    internal CommunityTaskCounts With(CommunityTaskSnapshot task) => new(
        StatutoryDuties + (task.Group == WorkItemGroup.StatutoryDuty ? 1 : 0),
        AssistedWork + (task.Group == WorkItemGroup.AssistedWork ? 1 : 0),
        Unlisted + (task.Group is null ? 1 : 0),
        FromDepartments + (task.IssuerKind == Actors.ActorKind.VerticalDepartment ? 1 : 0),
        Declined + (task.Status == CommunityTaskStatus.Declined ? 1 : 0),
        Open + (task.Status == CommunityTaskStatus.Set ? 1 : 0));
}
