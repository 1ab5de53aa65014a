using System.Text.Json.Serialization;
using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities;

/// <summary>
/// Identifies an administrative community (行政社区): the jurisdiction of a residents' or villagers' committee,
/// named by its 12-digit statistical area code.
/// </summary>
/// <remarks>
/// <para>
/// This type and <see cref="LivingCommunityId"/> are deliberately unrelated: there is no conversion between
/// them, no common base, and an <see cref="AdministrativeCommunityId"/> never equals a
/// <see cref="LivingCommunityId"/>, not even through <see cref="object.Equals(object)"/>. The relation between
/// the two kinds of community is recorded as coverage, never as identity.
/// </para>
/// <para>Two ids are equal when their area codes are equal.</para>
/// </remarks>
[SideIdentifier(CommunitySide.Administrative)]
[JsonConverter(typeof(AdministrativeCommunityIdJsonConverter))]
public readonly struct AdministrativeCommunityId : IEquatable<AdministrativeCommunityId>, IComparable<AdministrativeCommunityId>
{
    /// <summary>The rule broken by an area code that is not of the community level.</summary>
    public const string CommunityLevelRule = "AdministrativeCommunityIdIsCommunityLevel";

    /// <summary>Identifies the administrative community with the given area code.</summary>
    /// <param name="areaCode">A community-level area code.</param>
    /// <exception cref="DomainRuleViolationException">The code is not of the community level.</exception>
    public AdministrativeCommunityId(AreaCode areaCode)
    {
        if (areaCode.Level != AdministrativeLevel.Community)
        {
            throw new DomainRuleViolationException(CommunityLevelRule, $"An administrative community is identified by a community-level area code, not a {areaCode.Level} code.");
        }

        AreaCode = areaCode;
    }

    /// <summary>The community's 12-digit statistical area code.</summary>
    public AreaCode AreaCode { get; }

    /// <summary>The area code of the street office or township the community belongs to (its first 9 digits).</summary>
    public AreaCode StreetCode => AreaCode.Parent;

    /// <summary>Reads an id from the community's 12-digit area code.</summary>
    /// <param name="text">Twelve digits.</param>
    /// <returns>The id.</returns>
    /// <exception cref="DomainRuleViolationException">The text is not a community-level area code.</exception>
    public static AdministrativeCommunityId Parse(string text) => new(AreaCode.Parse(text, AdministrativeLevel.Community));

    /// <inheritdoc />
    public bool Equals(AdministrativeCommunityId other) => AreaCode.Equals(other.AreaCode);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AdministrativeCommunityId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AreaCode.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(AdministrativeCommunityId other) => AreaCode.CompareTo(other.AreaCode);

    /// <summary>The area code's 12 digits.</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => AreaCode.ToString();

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AdministrativeCommunityId left, AdministrativeCommunityId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AdministrativeCommunityId left, AdministrativeCommunityId right) => !left.Equals(right);
}
