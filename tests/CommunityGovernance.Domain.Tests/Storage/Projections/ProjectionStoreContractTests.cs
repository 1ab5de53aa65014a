using CommunityGovernance.Testing.Storage;

namespace CommunityGovernance.Domain.Tests.Storage.Projections;

/// <summary>A reference store keeps the projection store contract; and the contract catches stores that do not.</summary>
public sealed class ProjectionStoreContractTests
{
    public static TheoryData<string> Cases => new(ProjectionStoreContract.CaseNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task A_reference_store_keeps_the_projection_store_contract(string name) =>
        ProjectionStoreContract.RunAsync(name, new MemoryProjectionStore.UnderTest(new MemoryProjectionStore.Database(), ProjectionStoreFault.None));

    [Theory]
    [InlineData("AbandonedTransactionChangesNothing", ProjectionStoreFault.WritesRowsAtOnce)]
    [InlineData("FailureMidBatchCommitsTheEventsBeforeIt", ProjectionStoreFault.WritesRowsAtOnce)]
    [InlineData("CancellationMidBatchChangesNothing", ProjectionStoreFault.CommitsOnDispose)]
    [InlineData("FailedCommitChangesNothing", ProjectionStoreFault.CommitsOnDispose)]
    [InlineData("AbandonedTransactionChangesNothing", ProjectionStoreFault.CommitsOnDispose)]
    [InlineData("CompetingRunnersApplyEachEventOnce", ProjectionStoreFault.ReadsCheckpointBeforeTheLock)]
    [InlineData("CheckpointMovesWithTheRows", ProjectionStoreFault.KeepsNoCheckpoint)]
    [InlineData("TenantsKeepTheirOwnCheckpointsAndRows", ProjectionStoreFault.IgnoresTenant)]
    [InlineData("CheckpointOnlyMovesForward", ProjectionStoreFault.AcceptsAnyCheckpoint)]
    [InlineData("EventsAtOrBeforeTheCheckpointAreNotAppliedAgain", ProjectionStoreFault.ReportsCheckpointZero)]
    public async Task The_contract_fails_a_store_that_breaks_it(string name, ProjectionStoreFault fault)
    {
        var broken = await Assert.ThrowsAsync<ProjectionStoreContractException>(() =>
            ProjectionStoreContract.RunAsync(name, new MemoryProjectionStore.UnderTest(new MemoryProjectionStore.Database(), fault)));

        Assert.Equal(name, broken.CaseName);
    }

    [Fact]
    public Task An_unknown_case_is_refused_by_name() =>
        Assert.ThrowsAsync<ArgumentException>(() => ProjectionStoreContract.RunAsync("NoSuchCase", new MemoryProjectionStore.UnderTest(new MemoryProjectionStore.Database(), ProjectionStoreFault.None)));
}
