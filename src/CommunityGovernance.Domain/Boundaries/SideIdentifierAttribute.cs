namespace CommunityGovernance.Boundaries;

/// <summary>
/// Marks a type as the identifier of one side's units, such as <c>AdministrativeCommunityId</c> or
/// <c>LivingCommunityId</c>. Identifiers are how the two sides name each other, so either side may use them
/// freely; the analyzers instead refuse any conversion, comparison or lookup that mixes identifiers of the two
/// sides.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
public sealed class SideIdentifierAttribute : Attribute
{
    /// <summary>Declares which side's units the marked type identifies.</summary>
    /// <param name="side">The side of the identified units.</param>
    public SideIdentifierAttribute(CommunitySide side) => Side = side;

    /// <summary>The side of the identified units.</summary>
    public CommunitySide Side { get; }
}
