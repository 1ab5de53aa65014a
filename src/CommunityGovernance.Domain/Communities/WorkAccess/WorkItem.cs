using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>One kind of work on a district's work-access list, and the group it is listed in.</summary>
/// <param name="Code">The kind of work.</param>
/// <param name="Name">Its name on the list, e.g. 协助开展人口普查.</param>
/// <param name="Group">Its group.</param>
[AdministrativeSide]
public sealed record WorkItem(WorkItemCode Code, string Name, WorkItemGroup Group);
