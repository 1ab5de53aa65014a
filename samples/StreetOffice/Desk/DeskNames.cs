using System.Globalization;
using CommunityGovernance.Communities;
using Wenjiang.Scenario;

namespace StreetOffice.Desk;

/// <summary>The units' names in the request's language: the division data's Chinese names, the sample's English ones.</summary>
internal sealed class DeskNames
{
    private readonly UnitNames _units = DivisionStep.Load(Path.Combine(AppContext.BaseDirectory, "Data")).Names;

    /// <summary>An administrative unit's name.</summary>
    public string Of(AreaCode unit) => Texts.IsChinese ? _units.Chinese(unit) : _units.English(unit);

    /// <summary>A living community's name.</summary>
    public string Of(LivingCommunityId living) =>
        LivingCommunityPlan.All.FirstOrDefault(p => p.Id == living) is { } plan ? (Texts.IsChinese ? plan.Chinese : plan.English) : living.Value;

    /// <summary>A unit's name, either side.</summary>
    public string Of(CommunityUnit unit) => unit.IsLiving ? Of(unit.LivingCommunityId) : Of(unit.AreaCode);

    /// <summary>The culture names are given in.</summary>
    public static CultureInfo Culture => CultureInfo.CurrentUICulture;
}
