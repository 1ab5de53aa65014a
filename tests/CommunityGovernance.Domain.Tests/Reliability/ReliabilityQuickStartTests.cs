using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Communities;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Reliability;

// The quick-start code of the reliability report, kept compiling and true.
public sealed class ReliabilityQuickStartTests
{
    [Fact]
    public async Task Store_reload_conflict_and_erase()
    {
        var at = Instant.FromUtc(2025, 3, 1, 8, 0);
        var serializer = new DomainEventSerializer();
        var store = new InMemoryEventStore(serializer);
        var particulars = new ResidentParticulars(
            new PersonName("王伟"),
            ResidentIdentityNumber.Parse("11010519491231002X"),
            new PhoneNumber("13800000000"),
            AreaCode.Parse("510115"),
            new Residence(AdministrativeCommunityId.Parse("510115001001")));
        await store.SaveAsync(Actor.RegisterResident(new ActorId("A-0001"), particulars, new FixedCommunityDirectory(at).Establish(particulars.ActualResidence), at));
        var stream = Actor.StreamOf(new ActorId("A-0001"));

        var clerk = (await store.LoadAsync(stream))!;
        var stale = (await store.LoadAsync(stream))!;
        clerk.DeclareInterest(DemandCategory.PublicService, at);
        await store.SaveAsync(clerk);
        stale.DeclareInterest(DemandCategory.PublicService, at);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(stale));

        store.ErasePersonalData(stream, new PersonalDataEraser(serializer));
        var erased = (await store.LoadAsync(stream))!;

        Assert.Equal(KernelRules.StreamVersionMatches, conflict.Rule);
        Assert.Equal(PersonalDataEraser.ErasedName, erased.Resident!.Name);
        Assert.Equal(2, erased.Version);
    }
}
