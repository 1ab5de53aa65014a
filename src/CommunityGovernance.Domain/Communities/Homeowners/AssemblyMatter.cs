using CommunityGovernance.Boundaries;

namespace CommunityGovernance.Communities.Homeowners;

/// <summary>
/// The matters the owners decide together (业主共同决定事项), numbered as Civil Code Article 278 lists them. Items 6 to 8
/// need three quarters of the participating area and owners; the others more than half
/// (<see cref="AssemblyMatterFacts.NeedsSpecialMajority"/>).
/// </summary>
[LivingSide]
public enum AssemblyMatter
{
    /// <summary>(1) Making or amending the assembly's rules of procedure (制定和修改业主大会议事规则).</summary>
    RulesOfProcedure = 1,

    /// <summary>(2) Making or amending the management statute (制定和修改管理规约).</summary>
    ManagementStatute = 2,

    /// <summary>(3) Electing the homeowners' committee or replacing its members (选举业主委员会或者更换业主委员会成员).</summary>
    HomeownersCommittee = 3,

    /// <summary>(4) Hiring or dismissing the property company or another manager (选聘和解聘物业服务企业或者其他管理人).</summary>
    PropertyManager = 4,

    /// <summary>(5) Using the maintenance fund of the buildings and their facilities (使用建筑物及其附属设施的维修资金).</summary>
    UseOfMaintenanceFund = 5,

    /// <summary>(6) Raising the maintenance fund (筹集建筑物及其附属设施的维修资金).</summary>
    RaisingMaintenanceFund = 6,

    /// <summary>(7) Rebuilding or reconstructing the buildings and their facilities (改建、重建建筑物及其附属设施).</summary>
    Rebuilding = 7,

    /// <summary>(8) Changing the use of common parts or operating them for business (改变共有部分的用途或者利用共有部分从事经营活动).</summary>
    CommonPartsUseOrOperation = 8,

    /// <summary>(9) Another major matter of common ownership and common management (有关共有和共同管理权利的其他重大事项).</summary>
    OtherMajorMatter = 9,
}
