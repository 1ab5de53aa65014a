using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Crossings;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Rights;

namespace CommunityGovernance.Domain.Tests.Storage;

/// <summary>
/// One way to give a value object its JSON shape: <c>[JsonConverter]</c> on the type. So every struct an event carries
/// (other than a record of members) has one, and the shapes hold for a System.Text.Json user without the library's options (Marten, ASP.NET Core).
/// </summary>
public sealed class ValueObjectJsonTests
{
    [Fact]
    public void Every_struct_of_the_domain_that_an_event_carries_names_its_own_json_converter()
    {
        var carried = new HashSet<Type>();
        foreach (var type in typeof(DomainEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract))
        {
            Collect(type, carried);
        }

        // A positional record struct (SelfGoverningBody, Responsibility…) is an object of its members, each in its own
        // shape; every other struct needs its converter, or it is written as an object and read back empty.
        var structs = carried.Where(t => t.IsValueType && !t.IsEnum && t.Assembly == typeof(DomainEvent).Assembly && !IsRecord(t)).ToList();
        Assert.Contains(typeof(ActorId), structs);
        Assert.Contains(typeof(GovernancePowers), structs);
        Assert.Empty(structs.Where(t => t.GetCustomAttribute<JsonConverterAttribute>() is null).Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ids_and_value_objects_are_their_text_without_the_librarys_options()
    {
        AssertText(new ActorId("R-17"), "\"R-17\"");
        AssertText(new DemandId("12345-2026-001"), "\"12345-2026-001\"");
        AssertText(new GovernanceRightId("doc:7"), "\"doc:7\"");
        AssertText(new GovernanceArrangementId("GA_1"), "\"GA_1\"");
        AssertText(new LivingCommunityId("GY-01"), "\"GY-01\"");
        AssertText(new CrossingId("order.1"), "\"order.1\"");
        AssertText(new BuildingId("B1"), "\"B1\"");
        AssertText(new CompoundId("C1"), "\"C1\"");
        AssertText(new CourtyardId("Y1"), "\"Y1\"");
        AssertText(new ExclusiveUnitId("GH-A01-2-301"), "\"GH-A01-2-301\"");
        AssertText(new AssemblyVoteId("YZDH-2025-01"), "\"YZDH-2025-01\"");
        AssertText(FloorArea.FromSquareMetres(89.5m), "\"89.50\"");
        AssertText(new CommunityGovernance.CommunityBuilding.CommunityBuildingProcessId("SQYZ-2025-GY01"), "\"SQYZ-2025-GY01\"");
        AssertText(new CommunityGovernance.CommunityBuilding.ProposalId("P-07"), "\"P-07\"");
        AssertText(CommunityGovernance.CommunityBuilding.Money.FromYuan(12000.5m), "\"12000.50\"");
        AssertText(ExactRatio.Of(400_00, 600_00), "\"2/3\"");
        AssertText(AreaCode.Parse("510115001"), "\"510115001\"");
        AssertText(AdministrativeCommunityId.Parse("510115001001"), "\"510115001001\"");
        AssertText(CommunityUnit.Living(new LivingCommunityId("GY-01")), "\"living:GY-01\"");
        AssertText(new EquatableArray<ActorId>([new ActorId("a"), new ActorId("b")]), "[\"a\",\"b\"]");
        AssertText(GovernancePowers.Of(GovernancePower.TaskSetting, GovernancePower.TimeScheduling), "[\"TaskSetting\",\"TimeScheduling\"]");
        AssertText(new ResourceAllowance(1000, 2, 0, 5), "{\"funds\":1000,\"venues\":2,\"services\":0,\"volunteers\":5}");
    }

    [Fact]
    public void Reading_an_id_runs_its_validation_again()
    {
        var e = Assert.Throws<DomainRuleViolationException>(() => JsonSerializer.Deserialize<ActorId>("\"has space\""));
        Assert.Equal(ActorId.WellFormedRule, e.Rule);
    }

    private static void AssertText<T>(T value, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(value));
        Assert.Equal(value, JsonSerializer.Deserialize<T>(json));
    }

    private static bool IsRecord(Type type) => type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static void Collect(Type type, HashSet<Type> seen)
    {
        var element = Nullable.GetUnderlyingType(type)
            ?? (type.IsArray ? type.GetElementType() : null)
            ?? (type.IsGenericType && type.Assembly != typeof(DomainEvent).Assembly ? type.GetGenericArguments().FirstOrDefault() : null);
        if (element is not null)
        {
            Collect(element, seen);
            return;
        }

        if (!seen.Add(type) || type.Assembly != typeof(DomainEvent).Assembly)
        {
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Collect(argument, seen);
            }
        }

        if (type.GetCustomAttribute<JsonConverterAttribute>() is null)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Collect(property.PropertyType, seen);
            }
        }
    }
}
