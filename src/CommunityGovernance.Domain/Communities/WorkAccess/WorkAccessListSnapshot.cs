using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.WorkAccess;

/// <summary>An immutable picture of a district's work-access list, for comparison and display.</summary>
/// <param name="District">The district.</param>
/// <param name="Versions">Every version published, the first first.</param>
[AdministrativeSide]
public sealed record WorkAccessListSnapshot(AreaCode District, EquatableArray<WorkAccessListPublished> Versions);
