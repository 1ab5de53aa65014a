using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>See <see cref="CommunityBuildingRules.CitedDemandIsAboutTheUnit"/>: a proposal answers demands about its own unit (or, on the administrative side, a unit below it).</summary>
internal sealed class CitedDemandIsAboutTheUnitRule(DemandId demand, CommunityUnit subject, ProcessScope scope) : IDomainRule
{
    public string Name => CommunityBuildingRules.CitedDemandIsAboutTheUnit;

    public string Message => $"Demand '{demand}' is about {subject}, outside {scope}.";

    public bool IsBroken() => !Within(subject, scope.Unit);

    private static bool Within(CommunityUnit subject, CommunityUnit unit)
    {
        if (subject.Side != unit.Side)
        {
            return false;
        }

        if (subject.IsLiving)
        {
            return subject == unit;
        }

        var code = subject.AreaCode;
        while (code.Level > unit.AreaCode.Level)
        {
            code = code.Parent;
        }

        return code == unit.AreaCode;
    }
}
