using CommunityGovernance.Boundaries;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>
/// How an actor belongs to the unit of a process: by where it lives or where it works — never by household
/// registration (户籍), so that floating residents (流动人口) take part as anyone else.
/// </summary>
[SanctionedCrossing(PlatformCrossing.Reason)]
public enum TieKind
{
    /// <summary>A resident's actual residence (实际居住地) lies in the unit.</summary>
    Residence = 1,

    /// <summary>The actor works in the unit: a resident's workplace, or an organisation's premises or service site.</summary>
    Workplace = 2,
}
