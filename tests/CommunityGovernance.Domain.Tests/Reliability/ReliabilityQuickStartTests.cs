using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Reliability;

// The quick-start code of the reliability report, kept compiling and true.
public sealed class ReliabilityQuickStartTests
{
    [Fact]
    public void Store_reload_conflict_and_erase()
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
        store.Save("actor-A-0001", Actor.RegisterResident(new ActorId("A-0001"), particulars, at));

        var clerk = Actor.FromHistory(store.Read("actor-A-0001"));
        var stale = Actor.FromHistory(store.Read("actor-A-0001"));
        clerk.DeclareInterest(DemandCategory.PublicService, at);
        store.Save("actor-A-0001", clerk);
        stale.DeclareInterest(DemandCategory.PublicService, at);
        var conflict = Assert.Throws<ConcurrencyConflictException>(() => store.Save("actor-A-0001", stale));

        store.ErasePersonalData("actor-A-0001", new PersonalDataEraser(serializer));
        var erased = Actor.FromHistory(store.Read("actor-A-0001"));

        Assert.Equal(ConcurrencyConflictException.StreamVersionMatchesRule, conflict.Rule);
        Assert.Equal(PersonalDataEraser.ErasedName, erased.Resident!.Name);
        Assert.Equal(2, erased.Version);
    }
}
