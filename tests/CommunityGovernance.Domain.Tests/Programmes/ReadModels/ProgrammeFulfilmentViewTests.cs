using CommunityGovernance.Communities;
using CommunityGovernance.Programmes;
using CommunityGovernance.Programmes.ReadModels;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.Projections;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Programmes.ReadModels;

public sealed class ProgrammeFulfilmentViewTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 1, 0);

    [Fact]
    public async Task Fulfilment_is_listed_per_community_within_a_street_and_tallied_per_street()
    {
        var store = new InMemoryEventStore();
        var template = WenjiangEightItems.Template;
        var complete = ProgrammeFulfilment.Start(template, AdministrativeCommunityId.Parse("510115001002"), EverythingExists.Directory, s_at);
        foreach (var item in template.Items)
        {
            complete.RecordContent(item.Key, "已完成 done", s_at);
            complete.AddEvidence(item.Key, "照片 photo", new LocalDate(2026, 3, 1), s_at);
            complete.MarkFulfilled(item.Key, new LocalDate(2026, 3, 1), s_at);
        }

        await store.SaveAsync(complete);
        await store.SaveAsync(ProgrammeFulfilment.Start(template, AdministrativeCommunityId.Parse("510115001001"), EverythingExists.Directory, s_at));
        await store.SaveAsync(ProgrammeFulfilment.Start(template, AdministrativeCommunityId.Parse("510115002001"), EverythingExists.Directory, s_at));
        var view = new ProgrammeFulfilmentView();

        await new ProjectionRunner(store, [view]).CatchUpAsync();

        var liucheng = view.Fulfilments(template.Code, within: AreaCode.Parse("510115001"));
        Assert.Equal(["510115001001", "510115001002"], liucheng.Items.Select(f => f.Community.ToString()));
        Assert.Equal([false, true], liucheng.Items.Select(f => f.IsComplete));
        Assert.Equal((2, 1), view.ByStreet(template.Code)[AreaCode.Parse("510115001")]);
        Assert.Equal((1, 0), view.ByStreet(template.Code)[AreaCode.Parse("510115002")]);
        Assert.Empty(view.Fulfilments("another-programme").Items);
    }
}
