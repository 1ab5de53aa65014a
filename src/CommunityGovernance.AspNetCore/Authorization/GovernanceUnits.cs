using CommunityGovernance.Communities;
using Microsoft.AspNetCore.Http;

namespace CommunityGovernance.AspNetCore.Authorization;

/// <summary>Reading a <see cref="CommunityUnit"/> from text and from a request's route.</summary>
public static class GovernanceUnits
{
    /// <summary>Reads a unit from <c>administrative:&lt;area code&gt;</c>, <c>living:&lt;id&gt;</c> or a bare area code.</summary>
    /// <param name="text">The text.</param>
    /// <param name="unit">The unit read.</param>
    /// <returns>Whether the text named a well-formed unit.</returns>
    public static bool TryParse(string? text, out CommunityUnit unit)
    {
        unit = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        const string Living = "living:";
        const string Administrative = "administrative:";
        if (text.StartsWith(Living, StringComparison.Ordinal))
        {
            var id = text[Living.Length..];
            if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
            {
                return false;
            }

            try
            {
                unit = CommunityUnit.Living(new LivingCommunityId(id));
                return true;
            }
            catch (Kernel.DomainException)
            {
                return false;
            }
        }

        var code = text.StartsWith(Administrative, StringComparison.Ordinal) ? text[Administrative.Length..] : text;
        if (AreaCode.TryParse(code, out var area))
        {
            unit = CommunityUnit.Administrative(area);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The unit a request names in its route: the value <c>unit</c> (read by <see cref="TryParse"/>), else <c>areaCode</c>,
    /// else <c>livingCommunity</c>.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <returns>The unit, or <see langword="null"/> when the route names none.</returns>
    public static CommunityUnit? FromRoute(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = context.Request.RouteValues;
        if (values.TryGetValue("unit", out var unitValue) && TryParse(unitValue?.ToString(), out var unit))
        {
            return unit;
        }

        if (values.TryGetValue("areaCode", out var code) && AreaCode.TryParse(code?.ToString(), out var area))
        {
            return CommunityUnit.Administrative(area);
        }

        if (values.TryGetValue("livingCommunity", out var living) && TryParse("living:" + living, out var livingUnit))
        {
            return livingUnit;
        }

        return null;
    }
}
