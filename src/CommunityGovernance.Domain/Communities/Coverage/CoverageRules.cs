using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities.Coverage;

/// <summary>A building lies in exactly one administrative community at a time: placing it twice is refused.</summary>
internal sealed class BuildingLiesInOneJurisdiction(BuildingId building, bool placed) : IDomainRule
{
    public string Name => CoverageRegister.BuildingLiesInOneJurisdictionRule;

    public string Message => $"Building '{building}' already lies in a jurisdiction; move it instead of placing it again.";

    public bool IsBroken() => placed;
}

/// <summary>Only a building in the register can be moved or withdrawn.</summary>
internal sealed class BuildingIsCovered(BuildingId building, bool placed) : IDomainRule
{
    public string Name => CoverageRegister.BuildingIsCoveredRule;

    public string Message => $"Building '{building}' is not in this coverage register.";

    public bool IsBroken() => !placed;
}

/// <summary>A move goes to another jurisdiction.</summary>
internal sealed class MoveChangesJurisdiction(AdministrativeCommunityId from, AdministrativeCommunityId to) : IDomainRule
{
    public string Name => CoverageRegister.MoveChangesJurisdictionRule;

    public string Message => $"The building already lies in {to}.";

    public bool IsBroken() => from == to;
}

/// <summary>A register covers only the administrative communities within its scope.</summary>
internal sealed class JurisdictionLiesInScope(AreaCode scope, AdministrativeCommunityId jurisdiction) : IDomainRule
{
    public string Name => CoverageRegister.JurisdictionLiesInScopeRule;

    public string Message => $"Administrative community {jurisdiction} does not lie within {scope}.";

    public bool IsBroken() => !jurisdiction.AreaCode.IsWithin(scope);
}
