using System;

namespace CommunityGovernance.Analyzers.Sides;

/// <summary>The boundary attributes found on one declaration.</summary>
[Flags]
internal enum Markers : byte
{
    None = 0,
    Administrative = 1,
    Living = 2,
    Crossing = 4,
    Identifier = 8,
}
