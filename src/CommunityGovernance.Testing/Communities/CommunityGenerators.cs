using System.Globalization;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Testing.Communities;

/// <summary>
/// FsCheck 3 generators for the communities area: area codes at each level, the two sides' identifiers, actors,
/// channels and self-governing bodies, instants. Every generated value is valid; combine them with
/// <see cref="CoverageGenerators"/> and <see cref="CrossingGenerators"/> for whole scenarios.
/// </summary>
public static class CommunityGenerators
{
    // Declared first: the generators below draw from them, and static initializers run in the order written.
    /// <summary>Real street codes: one of Wenjiang's 9 (<see cref="RealDivisions"/>).</summary>
    public static Gen<AreaCode> WenjiangStreetCode { get; } = Gen.Elements(RealDivisions.WenjiangStreetCodes.ToArray());

    /// <summary>Real administrative communities: one of Wenjiang's 95 residents' and villagers' committees (<see cref="RealDivisions"/>).</summary>
    public static Gen<AdministrativeCommunityId> WenjiangCommunityId { get; } = Gen.Elements(RealDivisions.WenjiangCommunityIds.ToArray());

    /// <summary>District codes (区/县, 6 significant digits) under real-looking province and city codes.</summary>
    public static Gen<AreaCode> DistrictCode { get; } =
        from province in Gen.Choose(11, 65)
        from city in Gen.Choose(1, 20)
        from district in Gen.Choose(1, 99)
        select AreaCode.Parse(Digits(province, 2) + Digits(city, 2) + Digits(district, 2));

    /// <summary>
    /// Well-formed area codes at every level, from province to community, over the whole space the code allows: the
    /// province from 11 to 99, each lower segment anywhere in its range, with the edges (an all-zero segment, 1, the
    /// top of the range) drawn often. A code whose own segment is all zero (金门县 <c>350527000</c> is a real one) is
    /// valid only when read with its level, so compare such codes with <see cref="AreaCode.Parse(string, AdministrativeLevel)"/>.
    /// </summary>
    public static Gen<AreaCode> AreaCodeAtAnyLevel { get; } =
        from level in Gen.Elements(Enum.GetValues<AdministrativeLevel>())
        from province in Gen.Frequency((1, Gen.Constant(11)), (1, Gen.Constant(99)), (4, Gen.Choose(11, 99)))
        from city in Segment(99)
        from district in Segment(99)
        from street in Segment(999)
        from community in Segment(999)
        select AncestorAt(AreaCode.Parse(Digits(province, 2) + Digits(city, 2) + Digits(district, 2) + Digits(street, 3) + Digits(community, 3), AdministrativeLevel.Community), level);

    /// <summary>Street codes (街道/乡镇, 9 significant digits) of any district.</summary>
    public static Gen<AreaCode> StreetCode { get; } = DistrictCode.SelectMany(StreetCodeIn);

    /// <summary>
    /// Administrative community ids (社区/村, 12 digits): three times in four of any street, once in four a real one of
    /// Wenjiang (<see cref="WenjiangCommunityId"/>), so that the same real units turn up together often.
    /// </summary>
    public static Gen<AdministrativeCommunityId> AdministrativeCommunityId { get; } =
        Gen.Frequency((3, StreetCode.SelectMany(CommunityIdIn)), (1, WenjiangCommunityId));

    /// <summary>Living-community ids (生活共同体社区).</summary>
    public static Gen<LivingCommunityId> LivingCommunityId { get; } = IdentifierGenerators.Text.Select(t => new LivingCommunityId(t));

    /// <summary>Building ids (楼栋).</summary>
    public static Gen<BuildingId> BuildingId { get; } = IdentifierGenerators.Text.Select(t => new BuildingId(t));

    /// <summary>Residential compound ids (小区).</summary>
    public static Gen<CompoundId> CompoundId { get; } = IdentifierGenerators.Text.Select(t => new CompoundId(t));

    /// <summary>Courtyard ids (院落).</summary>
    public static Gen<CourtyardId> CourtyardId { get; } = IdentifierGenerators.Text.Select(t => new CourtyardId(t));

    /// <summary>Crossing ids (orders and decisions).</summary>
    public static Gen<CrossingId> CrossingId { get; } = IdentifierGenerators.Text.Select(t => new CrossingId(t));

    /// <summary>Complete residents' committee channels.</summary>
    public static Gen<ResidentsCommitteeChannel> Channel { get; } =
        from committee in ActorGenerators.ActorIds
        from community in AdministrativeCommunityId
        select new ResidentsCommitteeChannel(committee, community);

    /// <summary>Complete self-governing bodies of every kind.</summary>
    public static Gen<SelfGoverningBody> SelfGoverningBody { get; } =
        from actor in ActorGenerators.ActorIds
        from kind in Gen.Elements(Enum.GetValues<SelfGoverningBodyKind>())
        select new SelfGoverningBody(actor, kind);

    /// <summary>
    /// Household register entries with made-up names and phone numbers (never real people), for tests of the
    /// personal-information access.
    /// </summary>
    public static Gen<HouseholdRegisterEntry> HouseholdRegisterEntry { get; } =
        from building in BuildingId
        from floor in Gen.Choose(1, 33)
        from flat in Gen.Choose(1, 4)
        from resident in ActorGenerators.ActorIds
        from family in Gen.Elements("王", "李", "张", "刘", "陈")
        from given in Gen.Elements("测试", "示例", "样本")
        from phone in Gen.Choose(0, 99_999_999)
        select new HouseholdRegisterEntry(building, $"{floor}-{flat:D2}", resident, family + given, "139" + Digits(phone, 8));

    /// <summary>Street codes under the given district.</summary>
    /// <param name="district">A district code.</param>
    /// <returns>The generator.</returns>
    public static Gen<AreaCode> StreetCodeIn(AreaCode district) =>
        Gen.Choose(1, 299).Select(street => AreaCode.Parse(district + Digits(street, 3)));

    /// <summary>Administrative community ids under the given street.</summary>
    /// <param name="street">A street code.</param>
    /// <returns>The generator.</returns>
    public static Gen<AdministrativeCommunityId> CommunityIdIn(AreaCode street) =>
        Gen.Choose(1, 399).Select(community => global::CommunityGovernance.Communities.AdministrativeCommunityId.Parse(street + Digits(community, 3)));

    private static Gen<int> Segment(int top) =>
        Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(top)), (5, Gen.Choose(0, top)));

    private static AreaCode AncestorAt(AreaCode code, AdministrativeLevel level)
    {
        while (code.Level > level)
        {
            code = code.Parent;
        }

        return code;
    }

    private static string Digits(int value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
}
