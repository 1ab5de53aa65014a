using System.Collections.Immutable;
using CommunityGovernance.Communities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CommunityGovernance.Analyzers.Tests.Verification;

/// <summary>
/// Offline test setup: .NET 10 reference assemblies from the Basic.Reference.Assemblies package and the real
/// Domain assembly, so tests use the shipped attributes and id types.
/// </summary>
internal static class Boundary
{
    public static readonly ReferenceAssemblies References = new("net10.0");

    public static readonly ImmutableArray<MetadataReference> AdditionalReferences =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(AdministrativeCommunityId).Assembly.Location),
    ];

    /// <summary>Vendor-like types on both sides, as a vendor would declare them.</summary>
    public const string Vendor = """
        using System;
        using System.Collections.Generic;
        using CommunityGovernance.Boundaries;
        using CommunityGovernance.Communities;

        namespace Vendor.Residents
        {
            [LivingSide]
            public sealed class Resident
            {
                public const int MaxFloors = 40;
                public Resident(string name) { Name = name; }
                [PersonalData] public string Name { get; set; }
                [PersonalData] public string? Phone;
                public int Floor { get; set; }
                public int Storeys;
                public LivingCommunityId Compound { get; set; }
                public static Resident Anonymous() => new Resident("-");
                public void MoveTo(int floor) => Floor = floor;
                public event Action? Moved;
                public void RaiseMoved() => Moved?.Invoke();
            }

            [LivingSide]
            public static class ResidentRegistry
            {
                public static Resident Find(string code) => new Resident(code);
                public static int CountOf(LivingCommunityId compound) => 0;
            }

            [LivingSide]
            public static class ResidentExtensions
            {
                public static int Age(this Resident resident) => resident.Floor;
            }

            [LivingSide]
            [AttributeUsage(AttributeTargets.All)]
            public sealed class LivingNoteAttribute : Attribute { }

            [LivingSide]
            public sealed record Household([property: PersonalData] string Head, int Size);

            [LivingSide]
            public sealed record Tenant([PersonalData] string Name, int Room);
        }

        namespace Vendor.Crossings
        {
            /// <summary>An order sinking from the street office into a compound: a sanctioned crossing.</summary>
            [SanctionedCrossing("Administrative orders reach living communities only through this record.")]
            public sealed class SinkingOrder
            {
                public SinkingOrder(AdministrativeCommunityId from, LivingCommunityId to) { From = from; To = to; }
                public AdministrativeCommunityId From { get; }
                public LivingCommunityId To { get; }
            }

            [SanctionedCrossing("Every read runs inside a recorded personal-information access.")]
            public static class PersonalInformationAccess
            {
                [PersonalInformationAccessor]
                public static T Read<T>(string legalBasis, Func<T> read) => read();
            }
        }

        namespace Vendor.StreetOffice
        {
            [AdministrativeSide]
            public sealed class Assessment
            {
                public int Score { get; set; }
                public static Assessment Start() => new Assessment();
            }
        }
        """;
}
