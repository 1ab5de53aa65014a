using System.Diagnostics;

namespace CommunityGovernance.Kernel;

/// <summary>
/// Marks a <c>readonly partial struct</c> as one of the domain's string ids: CommunityGovernance.Generators writes its
/// constructor's body (validated by <see cref="IdentifierText"/> against the id's own <c>WellFormedRule</c>),
/// <c>Value</c>, ordinal equality and ordering, the operators, <c>ToString</c> and its JSON converter. The id declares
/// its documentation, its <c>WellFormedRule</c> constant and its documented <c>public partial</c> constructor itself.
/// </summary>
/// <remarks>Read at build time only: the attribute is not kept in the compiled assembly.</remarks>
/// <param name="what">How a rule violation names the id, e.g. "actor id".</param>
[AttributeUsage(AttributeTargets.Struct, Inherited = false)]
[Conditional("COMMUNITYGOVERNANCE_GENERATOR_ONLY")]
internal sealed class StringIdentifierAttribute(string what) : Attribute
{
    /// <summary>How a rule violation names the id.</summary>
    public string What { get; } = what;

    /// <summary>
    /// Whether the id computes its ordinal hash once, when it is made, and compares hashes before text: for ids looked
    /// up on hot paths (the rights index finds actors by id).
    /// </summary>
    public bool CachesHashCode { get; init; }
}
