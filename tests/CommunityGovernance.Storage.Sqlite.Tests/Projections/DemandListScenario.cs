using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Coverage;
using CommunityGovernance.Communities.Hierarchy;
using CommunityGovernance.Communities.Living;
using CommunityGovernance.Demands;
using CommunityGovernance.Demands.ReadModels;
using CommunityGovernance.Storage.Projections;
using CommunityGovernance.Storage.Sqlite.Projections;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Storage.Sqlite.Tests.Projections;

/// <summary>
/// A street's demands over a SQLite file: a compound straddling two communities of one street, another compound in a
/// second street, a compound no register knows, a property company the compound's demand is routed to.
/// </summary>
internal static class DemandListScenario
{
    public static readonly Instant At = Instant.FromUtc(2026, 3, 2, 1, 0);
    public static readonly AreaCode Wenjiang = AreaCode.Parse("510115");
    public static readonly AreaCode Liucheng = AreaCode.Parse("510115001");
    public static readonly AreaCode Gongping = AreaCode.Parse("510115002");
    public static readonly AdministrativeCommunityId Heping = AdministrativeCommunityId.Parse("510115001001");
    public static readonly AdministrativeCommunityId Huangjinlu = AdministrativeCommunityId.Parse("510115001002");
    public static readonly AdministrativeCommunityId Yongning = AdministrativeCommunityId.Parse("510115002001");
    public static readonly LivingCommunityId Guanghua = new("GUANGHUA");
    public static readonly LivingCommunityId Linxi = new("LINXI");

    // What the coverage register reads: the district that establishes the communities, the compounds with their buildings.
    public static readonly District District = CoverageWorld.EstablishDistrict(Wenjiang, [Heping, Huangjinlu, Yongning], At);
    public static readonly LivingCommunity GuanghuaCompound = CoverageWorld.FoundLivingCommunity(Guanghua, [new("GH-1"), new("GH-2")], At);
    public static readonly LivingCommunity LinxiCompound = CoverageWorld.FoundLivingCommunity(Linxi, [new("LX-1")], At);

    // What exists: the district's units, the living communities (NOWHERE too: founded, but covered by no jurisdiction),
    // the raiser and the property company.
    public static readonly FixedCommunityDirectory Directory = new FixedCommunityDirectory(At)
        .Establish(CommunityUnit.Administrative(Heping)).Establish(CommunityUnit.Administrative(Huangjinlu)).Establish(CommunityUnit.Administrative(Yongning))
        .Establish(Guanghua).Establish(Linxi).Establish(new LivingCommunityId("NOWHERE"))
        .Register(new ActorId("R-17"), new ActorId("PC-01"));

    /// <summary>Queries a street-office screen asks, each of whose pages the list and the in-memory view must agree on.</summary>
    public static IEnumerable<DemandQuery> Queries()
    {
        foreach (var order in Enum.GetValues<DemandOrder>())
        {
            yield return new DemandQuery { Order = order, PageSize = Page<DemandSummary>.MaxSize };
            yield return new DemandQuery { Order = order, PageSize = 2, Page = 2 };
        }

        foreach (var unit in new[] { Wenjiang, Liucheng, Gongping, Heping.AreaCode, Huangjinlu.AreaCode, Yongning.AreaCode, AreaCode.Parse("510115003"), AreaCode.Parse("51"), AreaCode.Parse("510116") })
        {
            yield return new DemandQuery { Within = unit, PageSize = Page<DemandSummary>.MaxSize };
            yield return new DemandQuery { Within = unit, PageSize = 1, Order = DemandOrder.DueFirst };
        }

        foreach (var status in Enum.GetValues<DemandStatus>())
        {
            yield return new DemandQuery { Status = status, PageSize = Page<DemandSummary>.MaxSize };
        }

        foreach (var overdue in new[] { true, false })
        {
            yield return new DemandQuery { Overdue = overdue, Order = DemandOrder.OldestFirst, PageSize = Page<DemandSummary>.MaxSize };
            yield return new DemandQuery { Overdue = overdue, Within = Liucheng, Status = DemandStatus.Raised, PageSize = 3 };
        }

        yield return new DemandQuery { Assignee = new ActorId("PC-01"), PageSize = Page<DemandSummary>.MaxSize };
        yield return new DemandQuery { Page = 40, PageSize = 5 };
    }

    /// <summary>The instants the queries are asked at: before any demand is due, and long after.</summary>
    public static IEnumerable<Instant> Nows() => [At, At + Duration.FromDays(3), At + Duration.FromDays(400)];

    public static async Task WriteAsync(IEventStore store)
    {
        var coverage = CoverageRegister.Open(Wenjiang, At);
        coverage.PlaceBuilding(new BuildingId("GH-1"), GuanghuaCompound, Heping, District, At);
        coverage.PlaceBuilding(new BuildingId("GH-2"), GuanghuaCompound, Huangjinlu, District, At);
        coverage.PlaceBuilding(new BuildingId("LX-1"), LinxiCompound, Yongning, District, At);
        await store.SaveAsync(coverage);

        var property = Actor.RegisterOrganisation(new ActorId("PC-01"), ActorKind.PropertyCompany, "光华物业", At);
        property.AssignResponsibility(DemandCategory.PublicService, CommunityUnit.Living(Guanghua), Directory, At);
        await store.SaveAsync(property);

        var compound = Raise("D-1", CommunityUnit.Living(Guanghua), 0);
        compound.Accept(new ActorId("JWH-510115001001"), At + Duration.FromHours(1));
        compound.Route(new ActorId("JWH-510115001001"), property, At + Duration.FromHours(2));
        await store.SaveAsync(compound);
        await store.SaveAsync(Raise("D-2", CommunityUnit.Administrative(Heping), 1));
        await store.SaveAsync(Raise("D-3", CommunityUnit.Living(Linxi), 2));
        await store.SaveAsync(Raise("D-4", CommunityUnit.Living(new LivingCommunityId("NOWHERE")), 3));
        var answered = Raise("D-5", CommunityUnit.Administrative(Liucheng), 0);
        answered.Reject(new ActorId("JWH-510115001001"), "不属于本街道", At + Duration.FromHours(5));
        await store.SaveAsync(answered);
    }

    public static Demand Raise(string id, CommunityUnit subject, int day) =>
        Demand.Raise(new DemandId(id), new ActorId("R-17"), subject, DemandCategory.PublicService, "电梯故障", "The lift has stopped.", DemandDeadlines.Default, Directory, At + Duration.FromDays(day));

    public static Task<SqliteProjectionStore> OpenProjectionsAsync(string path, TenantId? tenant = null) =>
        SqliteProjectionStore.OpenAsync(new SqliteProjectionStoreOptions { DataSource = path, Tenant = tenant ?? TenantId.Default });

    /// <summary>Every query of <see cref="Queries"/> at every instant of <see cref="Nows"/>, asked of both, must give equal pages.</summary>
    public static async Task<string?> DifferenceAsync(SqliteDemandList list, ResponseFieldView view, IEnumerable<ActorId>? assignees = null)
    {
        var queries = Queries().Concat((assignees ?? []).Select(a => new DemandQuery { Assignee = a, Order = DemandOrder.DueFirst })).ToList();
        foreach (var now in Nows())
        {
            foreach (var query in queries)
            {
                var expected = view.Demands(query, now);
                var actual = await list.DemandsAsync(query, now);
                if (!actual.Items.SequenceEqual(expected.Items) || actual.Total != expected.Total || actual.Number != expected.Number || actual.Size != expected.Size)
                {
                    return $"at {now}, {query} gave [{string.Join(", ", actual.Items.Select(s => s.Id))}] of {actual.Total} from SQLite and [{string.Join(", ", expected.Items.Select(s => s.Id))}] of {expected.Total} in memory";
                }
            }
        }

        return null;
    }
}
