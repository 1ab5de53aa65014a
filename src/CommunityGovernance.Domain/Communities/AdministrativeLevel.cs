namespace CommunityGovernance.Communities;

/// <summary>
/// A level of China's administrative hierarchy, as denoted by the statistical area code (统计用区划代码).
/// The levels that this library governs are <see cref="District"/>, <see cref="Street"/> and
/// <see cref="Community"/>; the upper two exist so that real codes can be read and walked.
/// </summary>
public enum AdministrativeLevel : byte
{
    /// <summary>Province (省级), the first 2 digits.</summary>
    Province = 1,

    /// <summary>Prefecture-level city (地级), the first 4 digits.</summary>
    City = 2,

    /// <summary>District or county (区/县), the first 6 digits.</summary>
    District = 3,

    /// <summary>Street office or township (街道/乡镇), the first 9 digits.</summary>
    Street = 4,

    /// <summary>
    /// Administrative community or village (社区/村): the jurisdiction of a residents' or villagers' committee,
    /// all 12 digits. The last level of the hierarchy, which holds the least.
    /// </summary>
    Community = 5,
}
