using System.Text.Json;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities;

// "510115001001", not an object of digits and levels: stored events read as the domain speaks.
internal sealed class AreaCodeJsonConverter : TextJsonConverter<AreaCode>
{
    protected override AreaCode Parse(string text) => AreaCode.Parse(text);

    protected override string Format(AreaCode value) => value.ToString();
}

internal sealed class AdministrativeCommunityIdJsonConverter : TextJsonConverter<AdministrativeCommunityId>
{
    protected override AdministrativeCommunityId Parse(string text) => AdministrativeCommunityId.Parse(text);

    protected override string Format(AdministrativeCommunityId value) => value.ToString();
}

// "administrative:510115" or "living:GY-01": the side is always written out.
internal sealed class CommunityUnitJsonConverter : TextJsonConverter<CommunityUnit>
{
    private const string AdministrativePrefix = "administrative:";
    private const string LivingPrefix = "living:";

    protected override CommunityUnit Parse(string text) =>
        TryParseText(text, out var unit) ? unit : throw new JsonException("A community unit is stored as 'administrative:<area code>' or 'living:<id>'.");

    /// <summary>Reads a unit's text with its side written out; malformed codes and ids throw their own rule violations.</summary>
    public static bool TryParseText(string text, out CommunityUnit unit)
    {
        if (text.StartsWith(AdministrativePrefix, StringComparison.Ordinal))
        {
            unit = CommunityUnit.Administrative(AreaCode.Parse(text[AdministrativePrefix.Length..]));
            return true;
        }

        if (text.StartsWith(LivingPrefix, StringComparison.Ordinal))
        {
            unit = CommunityUnit.Living(new LivingCommunityId(text[LivingPrefix.Length..]));
            return true;
        }

        unit = default;
        return false;
    }

    protected override string Format(CommunityUnit value) => Text(value);

    /// <summary>The unit's text with its side written out; stored events and stream keys both use it.</summary>
    public static string Text(CommunityUnit unit) =>
        unit.IsLiving ? LivingPrefix + unit.LivingCommunityId.Value : AdministrativePrefix + unit.AreaCode;
}
