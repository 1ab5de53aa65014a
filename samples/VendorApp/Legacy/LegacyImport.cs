using CommunityGovernance.Boundaries; // expect CGB004

namespace VendorApp.Legacy;

/// <summary>An import job someone placed on both sides at once.</summary>
[AdministrativeSide]
[LivingSide]
public sealed class LegacyImport // expect CGB005
{
    public int Rows { get; set; }
}
