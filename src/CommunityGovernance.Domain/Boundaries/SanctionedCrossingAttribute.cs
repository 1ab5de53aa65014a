namespace CommunityGovernance.Boundaries;

/// <summary>
/// Marks a type or member as a sanctioned crossing of the boundary: an explicit, auditable channel between the
/// administrative and the living community, such as an administrative order sinking into a living community
/// (行政指令下沉) or a self-governance decision reaching the administrative side. Code inside it may refer to both
/// sides, and code of either side may use it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum | AttributeTargets.Method |
                AttributeTargets.Constructor | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event,
    Inherited = false, AllowMultiple = false)]
public sealed class SanctionedCrossingAttribute : Attribute
{
    /// <summary>Marks a sanctioned crossing and records why it is one.</summary>
    /// <param name="reason">Why this code may cross the boundary; shown to reviewers and auditors.</param>
    public SanctionedCrossingAttribute(string reason) => Reason = reason;

    /// <summary>Why this code may cross the boundary.</summary>
    public string Reason { get; }
}
