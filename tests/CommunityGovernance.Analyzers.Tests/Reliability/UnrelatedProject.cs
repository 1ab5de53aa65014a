using System.Collections.Immutable;
using System.Globalization;

namespace CommunityGovernance.Analyzers.Tests.Reliability;

/// <summary>
/// A large project that never touches the two sides: no boundary attribute, no side configuration. It is written
/// to tempt the analyzers all the same — types named like ours (<c>Resident</c>, <c>AdministrativeCommunityId</c>,
/// a look-alike <c>LivingSideAttribute</c> in its own namespace), personal-looking members, comparisons, id
/// conversions and keyed lookups — because a name alone never puts code on a side.
/// </summary>
internal static class UnrelatedProject
{
    /// <param name="groups">Each group is four files.</param>
    /// <param name="referencesDomain">Whether the Domain assembly (with the real attributes) is referenced, unused.</param>
    public static SourceSet Create(int groups, bool referencesDomain)
    {
        var files = ImmutableArray.CreateBuilder<SourceFile>();
        files.Add(new("/project/Markers.cs", Markers));
        for (var i = 0; i < groups; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            files.Add(new($"/project/Orders/Order{n}.cs", Order(n)));
            files.Add(new($"/project/Residents/Resident{n}.cs", Resident(n)));
            files.Add(new($"/project/StreetOffice/Ledger{n}.cs", Ledger(n)));
            files.Add(new($"/project/Reports/Report{n}.cs", Report(n)));
        }

        // An .editorconfig with ordinary settings and none of ours.
        return new SourceSet(files.ToImmutable(), "[*.cs]\nindent_style = space\ndotnet_diagnostic.CA1000.severity = none\n", referencesDomain);
    }

    private const string Markers = """
        using System;

        namespace Shop.Markers
        {
            [AttributeUsage(AttributeTargets.All)]
            public sealed class LivingSideAttribute : Attribute { }

            [AttributeUsage(AttributeTargets.All)]
            public sealed class PersonalDataAttribute : Attribute { }

            public readonly record struct AdministrativeCommunityId(long Code);

            public readonly record struct LivingCommunityId(string Value);
        }
        """;

    private static string Order(string n) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Shop.Orders{{n}};

        public readonly record struct OrderId(Guid Value);

        public sealed record Order{{n}}(OrderId Id, string Customer, decimal Total)
        {
            public static Order{{n}} Parse(string text) => new(new OrderId(Guid.Parse(text)), "-", 0m);
            public bool SameAs(object other) => other is Order{{n}} o && o.Id == Id;
            public IEnumerable<decimal> Lines() => Enumerable.Range(0, 3).Select(i => Total / (i + 1));
            public event Action? Shipped;
            public void Ship() => Shipped?.Invoke();
        }
        """;

    private static string Resident(string n) => $$"""
        using Shop.Markers;

        namespace Shop.Residents{{n}};

        [LivingSide]
        public sealed class Resident
        {
            [PersonalData] public string Name { get; set; } = "";
            public string? Phone;
            public LivingCommunityId Compound { get; set; }
            public int Floor { get; set; }
        }
        """;

    private static string Ledger(string n) => $$"""
        using System.Collections.Generic;
        using Shop.Markers;
        using Shop.Residents{{n}};

        namespace Shop.StreetOffice{{n}};

        public sealed class Ledger
        {
            private readonly Dictionary<string, int> _byCommunity = new();

            public string Call(Resident resident) => resident.Phone ?? resident.Name;
            public void Move(Resident resident) => resident.Floor = 3;
            public bool Same(AdministrativeCommunityId admin, LivingCommunityId living) => admin.Equals(living) || admin.Code.ToString() == living.Value;
            public void Note(AdministrativeCommunityId admin) => _byCommunity[admin.ToString()] = 1;
            public int Seen(LivingCommunityId living) => _byCommunity.GetValueOrDefault(living.Value);
            public LivingCommunityId Convert(AdministrativeCommunityId admin) => new(admin.Code.ToString());
            public object Box(AdministrativeCommunityId admin) => (object)admin is LivingCommunityId l ? l : admin;
        }
        """;

    private static string Report(string n) => $$"""
        using System;
        using System.Linq;
        using Shop.Orders{{n}};
        using Shop.StreetOffice{{n}};

        namespace Shop.Reports{{n}};

        public static class Report{{n}}
        {
            public static string Summarise(Order{{n}}[] orders, Ledger ledger)
            {
                int Count() => orders.Length;
                Func<decimal> total = () => orders.Sum(o => o.Total);
                return $"{Count()} orders, {total()} in all, {ledger.GetHashCode()}";
            }
        }
        """;
}
