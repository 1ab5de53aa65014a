using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace CommunityGovernance.Analyzers.Sides;

/// <summary>
/// The <c>[SideIdentifier]</c> types a compilation can see, gathered once: their names (and every alias), so that
/// CGB002 builds operations only for code that names one, and whether any of them converts implicitly from
/// another type, which decides whether a literal could ever become an identifier.
/// </summary>
internal sealed class IdentifierTypes
{
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether some identifier type declares an implicit conversion: without one, a literal operand can never be
    /// an identifier, so a comparison with a literal cannot mix the two spaces.
    /// </summary>
    public bool ConvertImplicitly { get; private set; }

    public void Add(INamedTypeSymbol type)
    {
        Names.Add(type.Name);
        foreach (var member in type.GetMembers(WellKnownMemberNames.ImplicitConversionName))
        {
            if (member is IMethodSymbol { MethodKind: MethodKind.Conversion })
            {
                ConvertImplicitly = true;
            }
        }
    }
}
