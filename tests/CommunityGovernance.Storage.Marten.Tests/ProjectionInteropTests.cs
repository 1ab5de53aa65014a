using CommunityGovernance.Actors;
using CommunityGovernance.Demands;
using CommunityGovernance.Tests.Servers;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Marten.Events.Projections;

namespace CommunityGovernance.Storage.Marten.Tests;

/// <summary>A vendor already on Marten projects the library's events with Marten's own projections, by their real types.</summary>
public sealed class ProjectionInteropTests(PostgresServer server) : PostgresTests(server)
{
    [SkippableFact]
    public async Task Inline_marten_projections_see_the_librarys_events_with_their_real_types()
    {
        await using var database = await NewStoreAsync(configure: options =>
        {
            options.Schema.For<OrganisationCard>().MultiTenanted();
            options.Schema.For<DemandBoard>().MultiTenanted();
            options.Projections.Add<OrganisationDirectory>(ProjectionLifecycle.Inline);
            options.Projections.Add<DemandBoardProjection>(ProjectionLifecycle.Inline);
        });
        var wenjiang = database.Open(new TenantId("510115"));
        await wenjiang.SaveAsync(Samples.Office());
        await wenjiang.AppendAsync(Demand.StreamOf(new DemandId("D-0001")), 0, [Samples.Demand("D-0001", "3栋电梯停运")]);

        await using var session = database.Store.QuerySession("510115");
        var card = await session.LoadAsync<OrganisationCard>("JD-510115001");
        var board = await session.LoadAsync<DemandBoard>("demand/D-0001");

        Assert.Equal(("柳城街道办事处", ActorKind.StreetOffice), (card?.Name, card?.Kind));
        Assert.Equal(("3栋电梯停运", DemandCategory.PublicService), (board?.Text, board?.Category));
        await using var other = database.Store.QuerySession("510104");
        Assert.Null(await other.LoadAsync<OrganisationCard>("JD-510115001"));
    }
}

/// <summary>A vendor's read model: one card per registered organisation.</summary>
public sealed class OrganisationCard
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public ActorKind Kind { get; set; }
}

/// <summary>A vendor's Marten event projection over the library's <see cref="OrganisationRegistered"/>.</summary>
public sealed partial class OrganisationDirectory : EventProjection
{
    public static OrganisationCard Create(OrganisationRegistered registered) =>
        new() { Id = registered.Actor.Value, Name = registered.Name, Kind = registered.Kind };
}

/// <summary>A vendor's read model of one demand stream.</summary>
public sealed class DemandBoard
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DemandCategory Category { get; set; }
}

/// <summary>A vendor's Marten single-stream projection over the library's <see cref="DemandRaised"/>.</summary>
public sealed partial class DemandBoardProjection : SingleStreamProjection<DemandBoard, string>
{
    public static DemandBoard Create(DemandRaised raised) => new() { Text = raised.Text, Category = raised.Category };
}
