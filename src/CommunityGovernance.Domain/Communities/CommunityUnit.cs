using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities;

/// <summary>
/// A unit that something is about or applies to: either an administrative unit at some level (district, street
/// or administrative community, by its <see cref="Communities.AreaCode"/>) or a living community — never both.
/// A demand is raised about a unit; a governance right has a unit as its scope.
/// </summary>
/// <remarks>
/// <para>
/// The side is explicit: a unit made from a <see cref="LivingCommunityId"/> never equals one made from an area
/// code, and asking an administrative unit for its living-community id (or the reverse) is refused. This lets
/// one field hold either side without letting one side stand for the other.
/// </para>
/// <para>Two units are equal when they are on the same side and name the same unit.</para>
/// </remarks>
[JsonConverter(typeof(CommunityUnitJsonConverter))]
public readonly struct CommunityUnit : IEquatable<CommunityUnit>
{
    private readonly AreaCode _areaCode;
    private readonly LivingCommunityId _livingCommunityId;

    // The side is not stored: a unit holds either a well-formed area code or a living-community id, never both, so
    // the struct is two words wide (every right's terms carry one).
    private CommunityUnit(AreaCode areaCode, LivingCommunityId livingCommunityId)
    {
        _areaCode = areaCode;
        _livingCommunityId = livingCommunityId;
    }

    /// <summary>The side the unit is on.</summary>
    public CommunitySide Side => _livingCommunityId.IsSet
        ? CommunitySide.Living
        : _areaCode.Level != 0 ? CommunitySide.Administrative : default;

    /// <summary>Whether this is an administrative unit.</summary>
    public bool IsAdministrative => _areaCode.Level != 0;

    /// <summary>Whether this is a living community.</summary>
    public bool IsLiving => _livingCommunityId.IsSet;

    /// <summary>The administrative unit's area code.</summary>
    /// <exception cref="DomainRuleViolationException">This is a living community.</exception>
    public AreaCode AreaCode => IsAdministrative
        ? _areaCode
        : throw new DomainRuleViolationException(CommunityRules.CommunityUnitSideMatches, "A living community has no area code; its coverage by administrative communities is recorded separately.");

    /// <summary>The living community's id.</summary>
    /// <exception cref="DomainRuleViolationException">This is an administrative unit.</exception>
    public LivingCommunityId LivingCommunityId => IsLiving
        ? _livingCommunityId
        : throw new DomainRuleViolationException(CommunityRules.CommunityUnitSideMatches, "An administrative unit has no living-community id; its coverage of living communities is recorded separately.");

    /// <summary>An administrative unit at any level.</summary>
    /// <param name="areaCode">The unit's area code.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="DomainRuleViolationException">The code is the default, invalid value.</exception>
    public static CommunityUnit Administrative(AreaCode areaCode)
    {
        if (areaCode.Level == 0)
        {
            throw new DomainRuleViolationException(CommunityRules.AreaCodeIsWellFormed, "An administrative unit needs a well-formed area code.");
        }

        return new(areaCode, default);
    }

    /// <summary>An administrative community.</summary>
    /// <param name="id">The community's id.</param>
    /// <returns>The unit.</returns>
    public static CommunityUnit Administrative(AdministrativeCommunityId id) => Administrative(id.AreaCode);

    /// <summary>A living community.</summary>
    /// <param name="id">The living community's id.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="DomainRuleViolationException">The id is the default, empty value.</exception>
    public static CommunityUnit Living(LivingCommunityId id) => new(default, Guard.Against.MissingId(id));

    /// <inheritdoc />
    public bool Equals(CommunityUnit other) =>
        _areaCode.Equals(other._areaCode) && _livingCommunityId.Equals(other._livingCommunityId);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CommunityUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Side, _areaCode, _livingCommunityId);

    /// <summary>The side and the unit, e.g. <c>administrative 510115001001</c> or <c>living GY-01</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsLiving ? $"living {_livingCommunityId}" : $"administrative {_areaCode}";

    /// <summary>Whether two units are equal.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CommunityUnit left, CommunityUnit right) => left.Equals(right);

    /// <summary>Whether two units differ.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(CommunityUnit left, CommunityUnit right) => !left.Equals(right);
}
