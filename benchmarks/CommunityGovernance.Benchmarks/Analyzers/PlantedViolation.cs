namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>One planted violation, in a type of its own in the side's <c>Planted</c> namespace.</summary>
internal static class PlantedViolation
{
    public static void Write(CorpusFile file, int violation, string id)
    {
        var kind = PlantedKinds.Violations[violation % PlantedKinds.Violations.Length];

        // Both directions for every kind over the corpus; personal data is only ever read across by the office.
        var code = kind == PlantedKind.PersonalDataRead || (violation / PlantedKinds.Violations.Length) % 2 == 0
            ? SideVocabulary.Administrative
            : SideVocabulary.Living;
        var other = code.Other;
        var ns = $"{code.Namespace}.Planted";
        file.Type($"{ns}.Planted{id}", kind);

        file.Line($"namespace {ns}");
        file.Line("{");
        file.Line($"    public sealed class Planted{id}");
        file.Line("    {");
        if (kind == PlantedKind.Attribute)
        {
            file.Line($"        [{other.Attribute}]", kind);
        }

        file.Line("        public int Plant(int seed, object boxed, AdministrativeCommunityId admin, LivingCommunityId compound)", PlantedKind.Identifiers);
        file.Line("        {");
        if (kind is PlantedKind.InstanceCall or PlantedKind.PropertyRead or PlantedKind.PropertyWrite or PlantedKind.FieldRead
            or PlantedKind.FieldWrite or PlantedKind.PersonalDataRead or PlantedKind.UserOperator or PlantedKind.ImplicitConversion
            or PlantedKind.Indexer or PlantedKind.ForEach or PlantedKind.Deconstruction or PlantedKind.UsingDispose)
        {
            file.Line($"            var other = Handover.{other.Handover}(seed);", PlantedKind.SanctionedCrossing);
        }

        file.Line("            " + Statement(kind, other), kind == PlantedKind.Attribute ? PlantedKind.Scaffolding : kind);
        file.Line("            return seed + boxed.GetHashCode() + admin.GetHashCode() + compound.GetHashCode();", PlantedKind.Identifiers);
        file.Line("        }");
        file.Line("    }");
        file.Line("}");
    }

    private static string Statement(PlantedKind kind, SideVocabulary other) => kind switch
    {
        PlantedKind.ObjectCreation => $"boxed = new {other.Type}(seed);",
        PlantedKind.StaticCall => $"seed += {other.Registry}.Count();",
        PlantedKind.InstanceCall => $"other.{other.Method}(seed);",
        PlantedKind.PropertyRead => $"seed += other.{other.Property};",
        PlantedKind.PropertyWrite => $"other.{other.Property} = seed;",
        PlantedKind.FieldRead => $"seed += other.{other.Field}.Length;",
        PlantedKind.FieldWrite => $"other.{other.Field} = \"planted\";",
        PlantedKind.ConstRead => $"seed += {other.Limits}.{other.Constant};",
        PlantedKind.TypeOf => $"boxed = typeof({other.Type});",
        PlantedKind.NameOf => $"boxed = nameof({other.Type});",
        PlantedKind.GenericArgument => $"boxed = Array.Empty<{other.Type}>();",
        PlantedKind.Attribute => "seed += 1;",
        PlantedKind.PatternType => $"if (boxed is {other.Type} matched) {{ seed += matched.GetHashCode(); }}",
        PlantedKind.PersonalDataRead => "seed += other.Phone.Length;",
        PlantedKind.IdentifierMixing => "if (admin.ToString() == compound.Value) { seed += 1; }",
        PlantedKind.UserOperator => "boxed = other + other;",
        PlantedKind.ImplicitConversion => "int converted = other; seed += converted;",
        PlantedKind.Indexer => "seed += other[seed];",
        PlantedKind.ForEach => "foreach (var unit in other) { seed += unit; }",
        PlantedKind.Deconstruction => "var (first, second) = other; seed += first + second.Length;",
        PlantedKind.UsingDispose => "using (other) { seed += 1; }",
        PlantedKind.IdentifierTextTest => "if (compound.Value.StartsWith(admin.ToString(), StringComparison.Ordinal)) { seed += 1; }",
        PlantedKind.IdentifierCollection => "var codes = new HashSet<string> { admin.ToString() }; if (codes.Contains(compound.Value)) { seed += 1; }",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a violation kind"),
    };
}
