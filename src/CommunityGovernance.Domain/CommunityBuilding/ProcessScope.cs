using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.CommunityBuilding;

/// <summary>
/// The one unit a community-building process is held on, at a chosen level: a building, courtyard or compound of a
/// living community, or an administrative community or street.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Unit"/> is the unit on the side's own terms: the living community for the three living levels (the
/// building, courtyard or compound being <see cref="Part"/> of it), the administrative community's or street's area code
/// otherwise. Participation evidence, governance rights and cited demands are read over <see cref="Unit"/>.
/// </para>
/// <para>Two scopes are equal when level, unit and part are.</para>
/// </remarks>
[SanctionedCrossing(PlatformCrossing.Reason)]
public sealed record ProcessScope
{
    /// <summary>Names a scope from its parts, as stored; prefer the named factories.</summary>
    /// <param name="level">The level.</param>
    /// <param name="unit">The living community for a living level, the administrative unit otherwise.</param>
    /// <param name="part">The building, courtyard or compound id within the living community for a living level; <see langword="null"/> otherwise.</param>
    /// <exception cref="DomainRuleViolationException">The parts do not fit together (<see cref="CommunityBuildingRules.ScopeIsWellFormed"/>) or the part is not a well-formed id.</exception>
    public ProcessScope(ProcessLevel level, CommunityUnit unit, string? part)
    {
        var fits = level switch
        {
            ProcessLevel.Building or ProcessLevel.Courtyard or ProcessLevel.Compound => unit.IsLiving && part is not null,
            ProcessLevel.AdministrativeCommunity => unit.IsAdministrative && unit.AreaCode.Level == AdministrativeLevel.Community && part is null,
            ProcessLevel.Street => unit.IsAdministrative && unit.AreaCode.Level == AdministrativeLevel.Street && part is null,
            _ => false,
        };
        if (!fits)
        {
            throw new DomainRuleViolationException(
                CommunityBuildingRules.ScopeIsWellFormed,
                $"A {level} process is held on {Expected(level)}, not on {unit}{(part is null ? string.Empty : " / " + part)}.");
        }

        // The part is validated as the id it names.
        _ = level switch
        {
            ProcessLevel.Building => new BuildingId(part!).Value,
            ProcessLevel.Courtyard => new CourtyardId(part!).Value,
            ProcessLevel.Compound => new CompoundId(part!).Value,
            _ => null,
        };
        (Level, Unit, Part) = (level, unit, part);
    }

    /// <summary>The level.</summary>
    public ProcessLevel Level { get; }

    /// <summary>The living community for a living level, the administrative community or street otherwise.</summary>
    public CommunityUnit Unit { get; }

    /// <summary>The building, courtyard or compound id within the living community; <see langword="null"/> for an administrative level.</summary>
    public string? Part { get; }

    /// <summary>Whether the scope is on the living side.</summary>
    [JsonIgnore]
    public bool IsLiving => Unit.IsLiving;

    /// <summary>A process on a street (街道).</summary>
    /// <param name="street">The street's area code.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="DomainRuleViolationException">The code is not a street's.</exception>
    public static ProcessScope Street(AreaCode street) => new(ProcessLevel.Street, CommunityUnit.Administrative(street), null);

    /// <summary>A process on an administrative community (行政社区).</summary>
    /// <param name="community">The community.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="DomainRuleViolationException">The id is the default value.</exception>
    public static ProcessScope AdministrativeCommunity(AdministrativeCommunityId community) =>
        new(ProcessLevel.AdministrativeCommunity, CommunityUnit.Administrative(community), null);

    /// <summary>A process on a compound (小区) of a living community.</summary>
    /// <param name="community">The living community.</param>
    /// <param name="compound">The compound.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="DomainRuleViolationException">An id is the default value.</exception>
    public static ProcessScope Compound(LivingCommunityId community, CompoundId compound) =>
        new(ProcessLevel.Compound, CommunityUnit.Living(community), compound.Value);

    /// <summary>A process on a courtyard (院落) of a living community.</summary>
    /// <param name="community">The living community.</param>
    /// <param name="courtyard">The courtyard.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="DomainRuleViolationException">An id is the default value.</exception>
    public static ProcessScope Courtyard(LivingCommunityId community, CourtyardId courtyard) =>
        new(ProcessLevel.Courtyard, CommunityUnit.Living(community), courtyard.Value);

    /// <summary>A process on a building (楼栋) of a living community.</summary>
    /// <param name="community">The living community.</param>
    /// <param name="building">The building.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="DomainRuleViolationException">An id is the default value.</exception>
    public static ProcessScope Building(LivingCommunityId community, BuildingId building) =>
        new(ProcessLevel.Building, CommunityUnit.Living(community), building.Value);

    /// <summary>The buildings of the living community that lie in this scope, from its layout.</summary>
    /// <param name="layout">The living community, read only.</param>
    /// <returns>The buildings, in id order; empty when the part is not in the layout.</returns>
    internal BuildingId[] BuildingsIn(LivingCommunitySnapshot layout) => Level switch
    {
        ProcessLevel.Building => [.. layout.Buildings.Where(b => b.Id.Value == Part).Select(b => b.Id)],
        ProcessLevel.Courtyard => [.. layout.Buildings.Where(b => b.Courtyard?.Value == Part).Select(b => b.Id).Order()],
        ProcessLevel.Compound => [.. layout.Buildings.Where(b => b.Compound.Value == Part).Select(b => b.Id).Order()],
        _ => [],
    };

    /// <summary>The level, unit and part, e.g. <c>Compound living GY-01 / C-1</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Part is null ? $"{Level} {Unit}" : $"{Level} {Unit} / {Part}";

    private static string Expected(ProcessLevel level) => level switch
    {
        ProcessLevel.AdministrativeCommunity => "an administrative community",
        ProcessLevel.Street => "a street's area code",
        ProcessLevel.Building or ProcessLevel.Courtyard or ProcessLevel.Compound => "a living community and the part of it",
        _ => "a known level",
    };
}
