using System.Text.Json;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Homeowners;
using CommunityGovernance.Demands;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Actors;
using CommunityGovernance.Testing.Reliability;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>
/// No personal datum of a generated resident leaks into descriptions, exception messages or non-personal stored
/// members, and erasing it leaves every stream rebuildable.
/// </summary>
public sealed class PersonalDataTests
{
    private static readonly DomainEventSerializer Serializer = new();
    private static readonly PersonalDataEraser Eraser = new(Serializer);
    private static readonly Instant s_at = Instant.FromUtc(2025, 6, 1, 8, 0);

    public static Arbitrary<ResidentParticulars> Particulars() => ActorArbitraries.ResidentParticulars();

    public static Arbitrary<AggregateHistory[]> Histories() => AggregateHistories.Any.ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(PersonalDataTests)])]
    public Property No_personal_datum_appears_in_a_description_or_an_exception_message(ResidentParticulars particulars)
    {
        var resident = Actor.RegisterResident(new ActorId("A-0001"), particulars, s_at);
        var texts = new List<string> { resident.ToString(), resident.ToSnapshot().ToString(), particulars.ToString() };
        texts.AddRange(resident.PendingEvents.Select(e => e.ToString()));
        texts.AddRange(RefusalsAbout(resident, particulars).Select(e => e.Message));

        var leaks = texts.Where(t => DataOf(particulars).Any(d => t.Contains(d, StringComparison.Ordinal))).ToArray();
        return (leaks.Length == 0).Label($"{leaks.Length} texts show personal data");
    }

    [ScaledProperty(Arbitrary = [typeof(PersonalDataTests)])]
    public Property Personal_data_is_stored_only_in_members_marked_as_personal_data(ResidentParticulars particulars)
    {
        var resident = Actor.RegisterResident(new ActorId("A-0001"), particulars, s_at);
        resident.MoveResidence(new Residence(AdministrativeCommunityId.Parse("510115001001")), s_at);
        var stored = resident.PendingEvents.Select(Serializer.Serialize).ToArray();
        var erased = stored.Select(Eraser.Erase).ToArray();

        // Erasure rewrites exactly the marked members; whatever survives it was stored outside them.
        var storedAtAll = DataOf(particulars).All(d => stored.Any(s => Holds(s, d)));
        var survivors = DataOf(particulars).Where(d => erased.Any(s => Holds(s, d))).ToArray();
        return (storedAtAll && survivors.Length == 0).Label($"stored: {storedAtAll}; {survivors.Length} data outside marked members");
    }

    [ScaledProperty(Arbitrary = [typeof(PersonalDataTests)])]
    public Property An_erased_resident_rebuilds_with_erased_particulars_and_everything_else_kept(ResidentParticulars particulars)
    {
        var resident = Actor.RegisterResident(new ActorId("A-0001"), particulars, s_at);
        resident.AssignResponsibility(DemandCategory.PublicService, CommunityUnit.Administrative(UnitGenerators.Wenjiang), EverythingExists.Directory, s_at);

        var rebuilt = Actor.FromHistory(resident.PendingEvents.Select(e => Serializer.Deserialize(Eraser.Erase(Serializer.Serialize(e))))).ToSnapshot();

        var expected = resident.ToSnapshot() with
        {
            Resident = new ResidentParticulars(PersonalDataEraser.ErasedName, PersonalDataEraser.ErasedIdentityNumber, null, particulars.RegisteredResidence, particulars.ActualResidence),
        };
        return (rebuilt == expected).ToProperty();
    }

    [ScaledProperty(Arbitrary = [typeof(PersonalDataTests)])]
    public Property Every_aggregate_rebuilds_from_its_erased_stream(AggregateHistory[] histories) =>
        histories.All(h =>
        {
            var rebuilt = h.Rebuild(h.Events.Select(e => Serializer.Deserialize(Eraser.Erase(Serializer.Serialize(e)))));
            // These hold personal data in their state (a resident's particulars, owners' names, ballots), so theirs is
            // erased too; each has its own erasure test.
            return h.Aggregate is nameof(Actor) or nameof(OwnershipRegister) or nameof(AssemblyVote) || Equals(rebuilt, h.Snapshot);
        }).Label("erased streams rebuild; without personal data, to the same state");

    [Fact]
    public async Task Erasing_a_stream_in_the_store_keeps_its_version_and_its_later_appends()
    {
        var store = new InMemoryEventStore(Serializer);
        var particulars = ActorGenerators.Particulars.Sample(1, new Rnd(20261201UL, 15UL), 10)[0];
        await store.SaveAsync(Actor.RegisterResident(new ActorId("A-0001"), particulars, s_at));
        var stream = Actor.StreamOf(new ActorId("A-0001"));

        store.ErasePersonalData(stream, Eraser);
        var resident = (await store.LoadAsync(stream))!;
        resident.DeclareInterest(DemandCategory.PublicService, s_at);
        await store.SaveAsync(resident);

        Assert.Equal(2, (await store.ReadStreamAsync(stream)).Count);
        Assert.Equal(PersonalDataEraser.ErasedIdentityNumber, (await store.LoadAsync(stream))!.Resident!.IdentityNumber);
        Assert.DoesNotContain(store.ReadStored(stream), s => s.Data.Contains(particulars.IdentityNumber.Value, StringComparison.Ordinal));
    }

    // Stored JSON escapes non-ASCII text (a Chinese name is stored as \uXXXX), so look for the datum both ways.
    private static bool Holds(StoredEvent stored, string datum) =>
        stored.Data.Contains(datum, StringComparison.Ordinal) ||
        stored.Data.Contains(JsonSerializer.Serialize(datum, Serializer.Options).Trim('"'), StringComparison.Ordinal);

    private static IEnumerable<string> DataOf(ResidentParticulars particulars)
    {
        yield return particulars.Name.Value;
        yield return particulars.IdentityNumber.Value;
        if (particulars.Phone is { } phone)
        {
            yield return phone.Value;
        }
    }

    // Refused commands and malformed variants of the resident's own data, each of which must name its rule
    // without repeating what it was given.
    private static IEnumerable<DomainException> RefusalsAbout(Actor resident, ResidentParticulars particulars)
    {
        var number = particulars.IdentityNumber.Value;
        var wrongCheck = number[..17] + (number[17] == '0' ? '1' : '0');
        var attempts = new Action[]
        {
            () => ResidentIdentityNumber.Parse(wrongCheck),
            () => ResidentIdentityNumber.Parse(number + "1"),
            () => ResidentIdentityNumber.Parse("0" + number[1..]),
            () => _ = new PersonName(particulars.Name.Value + new string('伟', PersonName.MaxLength)),
            () => _ = new PhoneNumber((particulars.Phone?.Value ?? "13800000000") + "12345"),
            () => _ = new PhoneNumber("x" + particulars.Name.Value),
            () => resident.LeaveOrganisation(new ActorId("A-0999"), Post.Member, new LocalDate(2025, 1, 1), s_at),
            () => resident.WithdrawResponsibility(DemandCategory.PublicService, CommunityUnit.Administrative(UnitGenerators.Wenjiang), s_at),
        };
        foreach (var attempt in attempts)
        {
            DomainException? refused = null;
            try
            {
                attempt();
            }
            catch (DomainException e)
            {
                refused = e;
            }

            Assert.NotNull(refused);
            yield return refused;
        }
    }
}
