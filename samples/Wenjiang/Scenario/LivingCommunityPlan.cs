using CommunityGovernance.Actors;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Living;

namespace Wenjiang.Scenario;

/// <summary>A residential compound (小区) of a planned living community, with its buildings (楼栋).</summary>
/// <param name="Id">The compound's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Buildings">Its buildings' ids, e.g. GH-A01.</param>
/// <param name="Courtyard">A courtyard (院落) every building of the compound stands in, when the compound has one.</param>
[LivingSide]
internal sealed record CompoundPlan(CompoundId Id, string Name, IReadOnlyList<BuildingId> Buildings, CourtyardId? Courtyard = null);

/// <summary>A living community (生活共同体社区) the scenario founds: its names, compounds and self-governing bodies.</summary>
/// <param name="Id">The vendor's id of the living community.</param>
/// <param name="Chinese">Its Chinese name.</param>
/// <param name="English">Its English name.</param>
/// <param name="Compounds">Its compounds.</param>
[LivingSide]
internal sealed record LivingCommunityPlan(LivingCommunityId Id, string Chinese, string English, IReadOnlyList<CompoundPlan> Compounds)
{
    /// <summary>The six living communities of the scenario, in id order.</summary>
    public static IReadOnlyList<LivingCommunityPlan> All { get; } =
    [
        Plan("GUANGHUA-YIJIA", "光华逸家", "Guanghua Yijia", Compound("GH-A", "光华逸家一期", "GH-A", 6), Compound("GH-B", "光华逸家二期", "GH-B", 4)),
        Plan("HUIMIN-JIAYUAN", "惠民佳园", "Huimin Jiayuan", Compound("HM", "惠民佳园", "HM", 8)),
        Plan("JINMA-HUAFU", "金马华府", "Jinma Huafu", Compound("JM", "金马华府", "JM", 6)),
        Plan("XUEFU-YAYUAN", "学府雅苑", "Xuefu Yayuan", Compound("XF", "学府雅苑", "XF", 5)),
        Plan("YONGNING-XINCUN", "永宁新村", "Yongning Xincun", Compound("YN", "永宁新村", "YN", 4) with { Courtyard = new CourtyardId("YN-COURT") }),
        Plan("YONGQUAN-MINGJU", "涌泉名居", "Yongquan Mingju", Compound("YQ", "涌泉名居", "YQ", 4)),
    ];

    /// <summary>The actor id of the living community's homeowners' committee (业委会).</summary>
    public ActorId HomeownersCommittee => new("YWH-" + Id.Value);

    /// <summary>The actor id of the property company (物业公司) serving the living community.</summary>
    public ActorId PropertyCompany => new("WY-" + Id.Value);

    /// <summary>Every building of the living community, in compound order.</summary>
    public IEnumerable<BuildingId> Buildings => Compounds.SelectMany(c => c.Buildings);

    private static LivingCommunityPlan Plan(string id, string chinese, string english, params CompoundPlan[] compounds) =>
        new(new LivingCommunityId(id), chinese, english, compounds);

    private static CompoundPlan Compound(string id, string name, string buildingPrefix, int buildings) =>
        new(new CompoundId(id), name, [.. Enumerable.Range(1, buildings).Select(n => new BuildingId($"{buildingPrefix}{n:D2}"))]);
}
