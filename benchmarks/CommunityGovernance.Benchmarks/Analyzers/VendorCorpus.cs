namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>
/// Generates a vendor-like codebase deterministically: files alternate between the street office's code
/// (行政社区 side, <c>Vendor.StreetOffice.*</c>) and the compound's code (生活共同体社区 side, <c>Vendor.Residents.*</c>),
/// each doing its own work, naming both sides' identifiers, going through the sanctioned handover and reading
/// personal data inside a recorded access; about one file in ten also carries one planted violation.
/// </summary>
public static class VendorCorpus
{
    /// <summary>The namespace patterns that give the generated code its sides, as a vendor's .editorconfig would.</summary>
    public const string AdministrativeNamespaces = "Vendor.StreetOffice.*";

    /// <summary>See <see cref="AdministrativeNamespaces"/>.</summary>
    public const string LivingNamespaces = "Vendor.Residents.*";

    private const int FilesPerModule = 50;

    /// <summary>The corpus of <paramref name="files"/> generated files plus the three core files.</summary>
    public static IReadOnlyList<GeneratedFile> Generate(int files, int seed = 20261201)
    {
        var random = new Random(seed);
        var violations = files >= 150 ? files / 10 : Math.Min(files, PlantedKinds.Violations.Length);
        var order = Enumerable.Range(0, files).OrderBy(_ => random.Next()).ToArray();
        var violationOfFile = new Dictionary<int, int>();
        for (var v = 0; v < violations; v++)
        {
            violationOfFile[order[v]] = v;
        }

        var result = new List<GeneratedFile> { Core(SideVocabulary.Administrative), Core(SideVocabulary.Living), Crossings() };
        for (var i = 0; i < files; i++)
        {
            result.Add(File(i, violationOfFile.TryGetValue(i, out var v) ? v : null));
        }

        return result;
    }

    private static GeneratedFile Core(SideVocabulary side)
    {
        var file = new CorpusFile($"Vendor/{side.Namespace}.Core.cs");
        file.Lines(side.CoreSource(), PlantedKind.CoreDeclarations);
        return file.Build();
    }

    private static GeneratedFile Crossings()
    {
        var file = new CorpusFile("Vendor/Vendor.Crossings.cs");
        file.Lines("""
            using System;
            using CommunityGovernance.Boundaries;
            using Vendor.Residents.Core;
            using Vendor.StreetOffice.Core;

            namespace Vendor.Crossings
            {
                [SanctionedCrossing("An order sinks into a compound and its answer returns: the vendor's one channel.")]
                public static class Handover
                {
                    public static Resident ResidentFor(int seed) => new(seed);

                    public static GridTask TaskFor(int seed) => new(seed);

                    public static int Report(GridTask task, Resident resident) => task.Priority + resident.Floor;
                }
            }

            namespace Vendor.Shared
            {
                public static class PersonalInformation
                {
                    [PersonalInformationAccessor]
                    public static T Read<T>(string legalBasis, Func<T> read) => read();
                }
            }
            """, PlantedKind.CoreDeclarations);
        return file.Build();
    }

    private static GeneratedFile File(int index, int? violation)
    {
        var side = index % 2 == 0 ? SideVocabulary.Administrative : SideVocabulary.Living;
        var id = index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var ns = $"{side.Namespace}.Module{index / FilesPerModule:D2}";
        var file = new CorpusFile($"Vendor/{ns}/File{id}.cs");
        file.Lines("""
            using System;
            using System.Collections.Generic;
            using CommunityGovernance.Communities;
            using Vendor.Crossings;
            using Vendor.Shared;
            using Vendor.Residents.Core;
            using Vendor.StreetOffice.Core;
            """, PlantedKind.Scaffolding);
        file.Line($"namespace {ns}");
        file.Line("{");
        LegitimateCode.Write(file, side, ns, id, index >= 2 ? $"{side.Namespace}.Module{(index - 2) / FilesPerModule:D2}.Service{index - 2:D4}" : null);
        file.Line("}");
        if (violation is int v)
        {
            PlantedViolation.Write(file, v, id);
        }

        return file.Build();
    }
}
