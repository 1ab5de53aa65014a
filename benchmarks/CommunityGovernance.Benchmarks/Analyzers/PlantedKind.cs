namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>What a generated line is: a planted violation of one kind, or a legitimate use that must not be flagged.</summary>
public enum PlantedKind
{
    /// <summary>Lines that are neither (usings, namespaces, braces).</summary>
    Scaffolding,

    // Violations: code of one side touching the other side's own state.
    ObjectCreation,
    StaticCall,
    InstanceCall,
    PropertyRead,
    PropertyWrite,
    FieldRead,
    FieldWrite,
    ConstRead,
    TypeOf,
    NameOf,
    GenericArgument,
    Attribute,
    PatternType,
    PersonalDataRead,
    IdentifierMixing,

    // Violations reached without a name that bears the other side's symbol (issue 24).
    UserOperator,
    ImplicitConversion,
    Indexer,
    ForEach,
    Deconstruction,
    UsingDispose,
    IdentifierTextTest,
    IdentifierCollection,

    // Legitimate uses.
    SameSide,
    Identifiers,
    SanctionedCrossing,
    RecordedAccess,
    CoreDeclarations,
}

/// <summary>Which kinds are violations.</summary>
public static class PlantedKinds
{
    /// <summary>The violation kinds, in the order the generator cycles through them.</summary>
    public static readonly PlantedKind[] Violations =
    [
        PlantedKind.ObjectCreation, PlantedKind.StaticCall, PlantedKind.InstanceCall, PlantedKind.PropertyRead,
        PlantedKind.PropertyWrite, PlantedKind.FieldRead, PlantedKind.FieldWrite, PlantedKind.ConstRead,
        PlantedKind.TypeOf, PlantedKind.NameOf, PlantedKind.GenericArgument, PlantedKind.Attribute,
        PlantedKind.PatternType, PlantedKind.PersonalDataRead, PlantedKind.IdentifierMixing,
        PlantedKind.UserOperator, PlantedKind.ImplicitConversion, PlantedKind.Indexer, PlantedKind.ForEach,
        PlantedKind.Deconstruction, PlantedKind.UsingDispose, PlantedKind.IdentifierTextTest, PlantedKind.IdentifierCollection,
    ];

    /// <summary>The legitimate kinds, reported as places where a flag is a false positive.</summary>
    public static readonly PlantedKind[] Legitimate =
    [
        PlantedKind.SameSide, PlantedKind.Identifiers, PlantedKind.SanctionedCrossing, PlantedKind.RecordedAccess,
        PlantedKind.CoreDeclarations, PlantedKind.Scaffolding,
    ];

    /// <summary>Whether a kind is a planted violation.</summary>
    public static bool IsViolation(this PlantedKind kind) => kind is >= PlantedKind.ObjectCreation and <= PlantedKind.IdentifierCollection;
}
