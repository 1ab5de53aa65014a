using CommunityGovernance.Boundaries;
using CommunityGovernance.Kernel;

namespace CommunityGovernance.Communities;

/// <summary>
/// Identifies a living community (生活共同体社区): a community of common residence, chosen by the vendor, for
/// example the code of a residential compound in a property-management system.
/// </summary>
/// <remarks>
/// <para>
/// This type and <see cref="AdministrativeCommunityId"/> are deliberately unrelated: there is no conversion
/// between them, no common base, and a <see cref="LivingCommunityId"/> never equals an
/// <see cref="AdministrativeCommunityId"/>, not even through <see cref="object.Equals(object)"/>.
/// </para>
/// <para>
/// The value is 1 to 64 letters, digits, '-', '_', '.' or ':'. Two ids are equal when their values are equal,
/// compared ordinally (case matters).
/// </para>
/// </remarks>
[SideIdentifier(CommunitySide.Living)]
[StringIdentifier("living-community id")]
public readonly partial struct LivingCommunityId
{
    /// <summary>The rule broken by a malformed living-community id.</summary>
    public const string WellFormedRule = "LivingCommunityIdIsWellFormed";

    /// <summary>Identifies the living community with the given value.</summary>
    /// <param name="value">1 to 64 letters, digits, '-', '_', '.' or ':'.</param>
    /// <exception cref="DomainRuleViolationException">The value is empty, too long or has other characters.</exception>
    public partial LivingCommunityId(string value);

    // Whether this is a made id rather than the default value of the struct.
    internal bool IsSet => _value is not null;
}
