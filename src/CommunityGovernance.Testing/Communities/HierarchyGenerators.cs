using System.Globalization;
using CommunityGovernance.Communities;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// Generators of establishment sequences for a <c>District</c>: street and community codes drawn from small pools
/// under the district, so that duplicates and communities of streets not yet established happen often, mixed
/// with codes of other districts.
/// </summary>
public static class HierarchyGenerators
{
    /// <summary>0 to 30 street or community codes to establish in the given district, in order.</summary>
    /// <param name="district">The district's code.</param>
    /// <returns>The generator.</returns>
    public static Gen<AreaCode[]> Establishments(AreaCode district)
    {
        var street = Gen.Choose(1, 4).Select(i => AreaCode.Parse(district + i.ToString("D3", CultureInfo.InvariantCulture)));
        var community =
            from s in street
            from c in Gen.Choose(1, 4)
            select AreaCode.Parse(s + c.ToString("D3", CultureInfo.InvariantCulture));
        var code = Gen.Frequency(
            (4, street),
            (8, community),
            (1, CommunityGenerators.StreetCode),
            (1, CommunityGenerators.AdministrativeCommunityId.Select(c => c.AreaCode)));
        return Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(code, n));
    }
}
