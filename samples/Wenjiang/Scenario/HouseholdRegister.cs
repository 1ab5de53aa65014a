using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities.Living;

namespace Wenjiang.Scenario;

/// <summary>The household register (住户登记) a living community keeps: who lives in which unit, with personal data.</summary>
[LivingSide]
internal static class HouseholdRegister
{
    /// <summary>A fictitious resident of building GH-A03 of Guanghua Yijia; the name and number are invented.</summary>
    /// <returns>The entry.</returns>
    public static HouseholdRegisterEntry GuanghuaResident() =>
        new(new BuildingId("GH-A03"), "3-2-301", PersonalInformationStep.Subject, "王小明", "13800000000");
}
