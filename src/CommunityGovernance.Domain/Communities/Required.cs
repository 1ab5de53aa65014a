using CommunityGovernance.Actors;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities;

/// <summary>
/// Refuses the default value of an identifier struct, which identifies nothing. Each refusal names the
/// identifier's own well-formedness rule, so a missing id and a malformed id read the same to a vendor.
/// </summary>
internal static class Required
{
    public static AdministrativeCommunityId Id(AdministrativeCommunityId id) =>
        id.AreaCode.Level == AdministrativeLevel.Community
            ? id
            : throw new DomainRuleViolationException(CommunityRules.AdministrativeCommunityIdIsCommunityLevel, "An administrative community id is required.");

    public static LivingCommunityId Id(LivingCommunityId id) =>
        id.Value.Length != 0
            ? id
            : throw new DomainRuleViolationException(CommunityRules.LivingCommunityIdIsWellFormed, "A living-community id is required.");

    public static ActorId Id(ActorId id, string role) =>
        id.Value.Length != 0
            ? id
            : throw new DomainRuleViolationException(ActorRules.IdIsWellFormed, $"The {role} must be named by an actor id.");

    public static CrossingId Id(CrossingId id) =>
        !id.IsEmpty
            ? id
            : throw new DomainRuleViolationException(CommunityRules.CrossingIdIsWellFormed, "A crossing id is required.");
}
