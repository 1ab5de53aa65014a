using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Living;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// An exclusive unit (专有部分) in an ownership register: its building, its registered floor area, and its owner of
/// record once the developer (建设单位) has delivered it.
/// </summary>
/// <remarks>
/// The area counts as the SPC interpretation on building distinct ownership, Art. 8, says: the area recorded in the
/// real-estate register, or, before registration, the surveyed or contracted area, corrected when the register
/// changes it. A unit without an owner is still the developer's (unsold, or sold and not yet delivered). Two units
/// are equal when every member is equal; <see cref="ToString"/> never shows the owner's name.
/// </remarks>
/// <param name="Id">The unit's id.</param>
/// <param name="Building">The building it lies in.</param>
/// <param name="Area">Its registered floor area.</param>
/// <param name="Owner">Its owner of record, or <see langword="null"/> while the developer holds it.</param>
[LivingSide]
public sealed record ExclusiveUnit(ExclusiveUnitId Id, BuildingId Building, FloorArea Area, UnitOwner? Owner)
{
    /// <summary>Whether the developer still holds the unit (unsold, or sold and not yet delivered).</summary>
    public bool IsHeldByDeveloper => Owner is null;
}
