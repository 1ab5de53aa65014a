namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>The code of a generated file that must not be flagged: each kind in its own type, so that tools
/// reporting types (NetArchTest, ArchUnitNET) can be scored per kind as well as tools reporting lines.</summary>
internal static class LegitimateCode
{
    public static void Write(CorpusFile file, SideVocabulary side, string ns, string id, string? previousService)
    {
        var v = side;
        var previous = previousService is null ? "0" : $"new global::{previousService}().Handle(seed - 1)";
        file.Type($"{ns}.Service{id}", PlantedKind.SameSide);
        file.Lines($$"""
                public sealed class Service{{id}}
                {
                    private readonly List<{{v.Type}}> _open = new();
                    private int _handled;

                    [{{v.Attribute}}]
                    public int Handle(int seed)
                    {
                        if (seed <= 0) { return 0; }
                        var item = new {{v.Type}}(seed);
                        item.{{v.Property}} = seed % 5;
                        item.{{v.Field}} = "checked";
                        item.{{v.Method}}(seed);
                        _open.Add(item);
                        _handled += {{v.Registry}}.Count() + {{v.Limits}}.{{v.Constant}};
                        object boxed = typeof({{v.Type}});
                        boxed = nameof({{v.Type}});
                        if (boxed is {{v.Type}} same) { _handled += same.{{v.Property}}; }
                        var sum = item + item;
                        int converted = sum;
                        foreach (var unit in item) { _handled += unit + item[unit] + converted; }
                        var (first, second) = item;
                        using (sum) { _handled += first + second.Length; }
                        return _handled + _open.Count + item.{{v.Field}}.Length + item.Phone.Length + {{previous}};
                    }

                    public {{v.Type}}[] Snapshot() => Array.Empty<{{v.Type}}>();
                }
            """, PlantedKind.SameSide);

        file.Type($"{ns}.Units{id}", PlantedKind.Identifiers);
        file.Lines($$"""
                public sealed class Units{{id}}
                {
                    public bool SameCommunity(AdministrativeCommunityId first, AdministrativeCommunityId second) => first == second;

                    public bool SameCompound(LivingCommunityId first, LivingCommunityId second) => first.Value == second.Value;

                    public string Describe(AdministrativeCommunityId community, LivingCommunityId compound) => community.ToString() + " covers " + compound.Value;

                    public bool Nested(LivingCommunityId compound, LivingCommunityId block) => block.Value.StartsWith(compound.Value, StringComparison.Ordinal);

                    public bool Known(AdministrativeCommunityId community, AdministrativeCommunityId other)
                    {
                        var codes = new HashSet<string> { community.ToString() };
                        return codes.Contains(other.ToString());
                    }

                    public Dictionary<LivingCommunityId, int> Households(LivingCommunityId compound) => new() { [compound] = 1 };
                }
            """, PlantedKind.Identifiers);

        file.Type($"{ns}.Handovers{id}", PlantedKind.SanctionedCrossing);
        file.Lines($$"""
                public sealed class Handovers{{id}}
                {
                    public int Pass(int seed)
                    {
                        var resident = Handover.ResidentFor(seed);
                        var task = Handover.TaskFor(seed);
                        return Handover.Report(task, resident);
                    }
                }
            """, PlantedKind.SanctionedCrossing);

        if (ReferenceEquals(side, SideVocabulary.Administrative))
        {
            file.Type($"{ns}.Consent{id}", PlantedKind.RecordedAccess);
            file.Lines($$"""
                    public sealed class Consent{{id}}
                    {
                        public int Contact(int seed)
                        {
                            var resident = Handover.ResidentFor(seed);
                            return PersonalInformation.Read("PIPL art. 13(3)", () => resident.Phone.Length);
                        }
                    }
                """, PlantedKind.RecordedAccess);
        }
    }
}
