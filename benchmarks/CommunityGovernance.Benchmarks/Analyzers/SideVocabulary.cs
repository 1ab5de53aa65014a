namespace CommunityGovernance.Benchmarks.Analyzers;

/// <summary>The names one side's core offers; generated code of either side uses them, legitimately or not.</summary>
internal sealed record SideVocabulary(
    string Namespace,
    string Type,
    string Property,
    string Field,
    string Method,
    string Registry,
    string Limits,
    string Constant,
    string Attribute,
    string Handover)
{
    /// <summary>The street office's grid tasks (行政社区 side).</summary>
    public static readonly SideVocabulary Administrative = new(
        "Vendor.StreetOffice", "GridTask", "Priority", "Remark", "Escalate", "TaskRegistry", "TaskLimits", "MaxOpen", "GridAudit", "TaskFor");

    /// <summary>A compound's residents (生活共同体社区 side); <c>Phone</c> is their personal datum.</summary>
    public static readonly SideVocabulary Living = new(
        "Vendor.Residents", "Resident", "Floor", "Notes", "MoveTo", "ResidentRegistry", "ResidentLimits", "MaxPerFlat", "CompoundAudit", "ResidentFor");

    /// <summary>The side across the boundary.</summary>
    public SideVocabulary Other => ReferenceEquals(this, Administrative) ? Living : Administrative;

    /// <summary>The core file of this side: the types both sides' generated code names.</summary>
    public string CoreSource() => $$"""
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using CommunityGovernance.Boundaries;

        namespace {{Namespace}}.Core;

        public sealed class {{Type}} : IEnumerable<int>, IDisposable
        {
            public {{Type}}(int seed) => {{Property}} = seed;

            public int this[int index] => {{Property}} + index;

            public static {{Type}} operator +({{Type}} left, {{Type}} right) => new(left.{{Property}} + right.{{Property}});

            public static implicit operator int({{Type}} value) => value.{{Property}};

            public void Deconstruct(out int first, out string second) => (first, second) = ({{Property}}, {{Field}});

            public IEnumerator<int> GetEnumerator() { yield return {{Property}}; }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

            public void Dispose() { }

            public int {{Property}} { get; set; }

            [PersonalData]
            public string Phone { get; set; } = "";

            public string {{Field}} = "";

            public void {{Method}}(int step) => {{Property}} += step;
        }

        public static class {{Registry}}
        {
            public static int Count() => 1;
        }

        public static class {{Limits}}
        {
            public const int {{Constant}} = 8;
        }

        [AttributeUsage(AttributeTargets.All)]
        public sealed class {{Attribute}}Attribute : Attribute;
        """;
}
