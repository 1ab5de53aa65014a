using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Hierarchy;

namespace CommunityGovernance.Rights;

/// <content>
/// The administrative hierarchy the index knows. Fed the <see cref="District"/> events as well as the rights', the index
/// answers "no" (<see cref="RightsRefusal.UnitOutsideHierarchy"/>) for a district, street or community that was never
/// established, however wide a right above it reaches: a right over a street covers the communities established
/// under it, not every code that could be written under it. An index fed no hierarchy answers from the codes alone.
/// </content>
public sealed partial class GovernanceRightsIndex
{
    // The districts, streets and communities established, by packed code; null until a District event is applied.
    private HashSet<AreaCode>? _established;

    /// <summary>Whether the index has been fed the <see cref="District"/> events of some district, and so checks units against it.</summary>
    public bool KnowsHierarchy => _established is not null;

    private void Establish(AreaCode unit) => (_established ??= []).Add(unit);

    // Whether a unit lies within the hierarchy: always, when none is known, for a living community, and above the district.
    private bool LiesInHierarchy(CommunityUnit unit) =>
        _established is not { } established
        || !unit.IsAdministrative
        || unit.AreaCode.Level < AdministrativeLevel.District
        || established.Contains(unit.AreaCode);
}
