using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Communities.WorkAccess;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.Catalogue;
using CommunityGovernance.Rights;

namespace CommunityGovernance.Kernel;

// Refuses the default value of an id struct, which names nothing, with the id's own well-formedness rule, so a
// missing id and a malformed id read the same to a vendor.
public static partial class DomainGuards
{
    internal static ActorId MissingId(this IGuardClause guard, ActorId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.Value.Length == 0, id, ActorRules.IdIsWellFormed, parameterName, "an actor");

    internal static AdministrativeCommunityId MissingId(this IGuardClause guard, AdministrativeCommunityId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.AreaCode.Level != AdministrativeLevel.Community, id, CommunityRules.AdministrativeCommunityIdIsCommunityLevel, parameterName, "an administrative community");

    internal static LivingCommunityId MissingId(this IGuardClause guard, LivingCommunityId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.Value.Length == 0, id, CommunityRules.LivingCommunityIdIsWellFormed, parameterName, "a living community");

    internal static CompoundId MissingId(this IGuardClause guard, CompoundId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.IsEmpty, id, CommunityRules.CompoundIdIsWellFormed, parameterName, "a compound");

    internal static CourtyardId MissingId(this IGuardClause guard, CourtyardId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.IsEmpty, id, CommunityRules.CourtyardIdIsWellFormed, parameterName, "a courtyard");

    internal static BuildingId MissingId(this IGuardClause guard, BuildingId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.IsEmpty, id, CommunityRules.BuildingIdIsWellFormed, parameterName, "a building");

    internal static Communities.Grids.GridId MissingId(this IGuardClause guard, Communities.Grids.GridId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.IsEmpty, id, CommunityRules.GridIdIsWellFormed, parameterName, "a grid");

    internal static CrossingId MissingId(this IGuardClause guard, CrossingId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.IsEmpty, id, CommunityRules.CrossingIdIsWellFormed, parameterName, "a crossing");

    internal static ExclusiveUnitId MissingId(this IGuardClause guard, ExclusiveUnitId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.IsEmpty, id, CommunityRules.ExclusiveUnitIdIsWellFormed, parameterName, "an exclusive unit");

    internal static AssemblyVoteId MissingId(this IGuardClause guard, AssemblyVoteId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.IsEmpty, id, CommunityRules.AssemblyVoteIdIsWellFormed, parameterName, "an assembly vote");

    internal static DemandId MissingId(this IGuardClause guard, DemandId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.Value.Length == 0, id, DemandRules.IdIsWellFormed, parameterName, "a demand");

    internal static ServiceCode MissingId(this IGuardClause guard, ServiceCode id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.Value.Length == 0, id, DemandRules.ServiceCodeIsWellFormed, parameterName, "a service");

    internal static GovernanceRightId MissingId(this IGuardClause guard, GovernanceRightId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.Value.Length == 0, id, GovernanceRightRules.GovernanceRightIdIsWellFormed, parameterName, "a governance right");

    internal static GovernanceArrangementId MissingId(this IGuardClause guard, GovernanceArrangementId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.Value.Length == 0, id, GovernanceRightRules.GovernanceArrangementIdIsWellFormed, parameterName, "a governance arrangement");

    internal static WorkItemCode MissingId(this IGuardClause guard, WorkItemCode id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.Value.Length == 0, id, CommunityRules.WorkItemCodeIsWellFormed, parameterName, "a kind of work");

    internal static CommunityTaskId MissingId(this IGuardClause guard, CommunityTaskId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.Value.Length == 0, id, CommunityRules.CommunityTaskIdIsWellFormed, parameterName, "a community task");

    internal static CommunityBuilding.CommunityBuildingProcessId MissingId(this IGuardClause guard, CommunityBuilding.CommunityBuildingProcessId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.IsEmpty, id, CommunityBuilding.CommunityBuildingRules.ProcessIdIsWellFormed, parameterName, "a community-building process");

    internal static CommunityBuilding.ProposalId MissingId(this IGuardClause guard, CommunityBuilding.ProposalId id, [CallerArgumentExpression(nameof(id))] string? parameterName = null) =>
        Refuse(guard, id.IsEmpty, id, CommunityBuilding.CommunityBuildingRules.ProposalIdIsWellFormed, parameterName, "a proposal");

    private static TId Refuse<TId>(IGuardClause guard, bool missing, TId id, string rule, string? parameterName, string what)
    {
        _ = guard;
        return missing ? throw new DomainRuleViolationException(rule, $"'{parameterName}' must name {what}.") : id;
    }
}
