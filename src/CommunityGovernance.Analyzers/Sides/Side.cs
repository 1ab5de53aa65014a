namespace CommunityGovernance.Analyzers.Sides;

/// <summary>Where a symbol stands with respect to the boundary.</summary>
internal enum Side : byte
{
    /// <summary>Neither side: unrelated code, the framework, or a symbol marked with both sides.</summary>
    None = 0,

    /// <summary>The administrative community (行政社区).</summary>
    Administrative = 1,

    /// <summary>The living community (生活共同体社区).</summary>
    Living = 2,

    /// <summary>A sanctioned crossing: it may touch both sides, and both sides may use it.</summary>
    Crossing = 3,

    /// <summary>An identifier of one side's units: both sides may name it.</summary>
    Identifier = 4,
}
