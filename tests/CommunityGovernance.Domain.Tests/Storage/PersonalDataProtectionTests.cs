using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityGovernance.Actors;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using CommunityGovernance.Storage.PersonalData;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Storage;

/// <summary>Personal data is encrypted under its subject's key, reads back equal, and reads as erased once the key is gone.</summary>
public sealed class PersonalDataProtectionTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 3, 2, 9, 0);

    public static Arbitrary<ResidentParticulars> Particulars() => ActorArbitraries.ResidentParticulars();

    [ScaledProperty(Arbitrary = [typeof(PersonalDataProtectionTests)])]
    public Property No_personal_datum_is_stored_in_clear_and_every_one_reads_back_equal(ResidentParticulars particulars)
    {
        var keys = new InMemoryPersonalDataKeyStore();
        var serializer = new DomainEventSerializer(personalDataKeys: keys);
        var registered = Registered("R-1", particulars);

        var stored = serializer.Serialize(registered);

        var clear = DataOf(particulars).Where(d => Holds(stored.Data, d)).ToList();
        return (clear.Count == 0).Label($"stored in clear: {clear.Count} data")
            .And(serializer.Deserialize(stored).Equals(registered)).Label("reads back equal")
            .And(keys.Count == 1).Label("one key, the subject's");
    }

    [ScaledProperty(Arbitrary = [typeof(PersonalDataProtectionTests)])]
    public Property Destroying_the_subjects_key_erases_their_data_and_only_theirs(ResidentParticulars particulars)
    {
        var keys = new InMemoryPersonalDataKeyStore();
        var serializer = new DomainEventSerializer(personalDataKeys: keys);
        var erased = serializer.Serialize(Registered("R-1", particulars));
        var kept = serializer.Serialize(Registered("R-2", particulars));

        keys.Destroy(new ActorId("R-1"));

        var read = (ResidentRegistered)serializer.Deserialize(erased);
        var expected = Registered("R-1", particulars) with { Name = PersonalDataEraser.ErasedName, IdentityNumber = PersonalDataEraser.ErasedIdentityNumber, Phone = null };
        return read.Equals(expected).Label("the erased forms, every other member unchanged")
            .And(serializer.Deserialize(kept).Equals(Registered("R-2", particulars))).Label("another subject's data is untouched");
    }

    [Fact]
    public void A_ciphertext_moved_to_another_member_fails_to_read_and_one_moved_from_another_subject_never_reads_as_theirs()
    {
        var keys = new InMemoryPersonalDataKeyStore();
        var serializer = new DomainEventSerializer(personalDataKeys: keys);
        var particulars = ActorGenerators.Particulars.Sample(1, new Rnd(20261207UL, 3UL), 10)[0];
        var stored = serializer.Serialize(Registered("R-1", particulars));
        var data = JsonNode.Parse(stored.Data)!.AsObject();

        var swapped = data.DeepClone().AsObject();
        swapped["name"] = data["identityNumber"]!.DeepClone();
        var stolen = JsonNode.Parse(serializer.Serialize(Registered("R-2", particulars)).Data)!["name"]!.DeepClone();
        var foreign = data.DeepClone().AsObject();
        foreign["name"] = stolen;
        foreign["name"]!["subject"] = "R-1";

        var unreadable = Assert.Throws<StoredEventUnreadableException>(() => serializer.Deserialize(stored with { Data = swapped.ToJsonString() }, Actor.StreamOf(new ActorId("R-1")), 1));
        Assert.Equal(StorageRules.StoredEventIsReadable, unreadable.Rule);
        Assert.Equal(1, unreadable.StreamVersion);

        // R-1's current key is not the one R-2's datum was sealed with: to R-1's reader that datum is gone, never R-2's.
        var read = (ResidentRegistered)serializer.Deserialize(stored with { Data = foreign.ToJsonString() });
        Assert.Equal(PersonalDataEraser.ErasedName, read.Name);
    }

    [Fact]
    public void A_serializer_without_keys_writes_clear_text_and_a_protecting_one_still_reads_it()
    {
        var particulars = ActorGenerators.Particulars.Sample(1, new Rnd(20261207UL, 5UL), 10)[0];
        var plain = new DomainEventSerializer().Serialize(Registered("R-1", particulars));

        Assert.Contains(particulars.IdentityNumber.Value, plain.Data, StringComparison.Ordinal);
        Assert.Equal(Registered("R-1", particulars), new DomainEventSerializer(personalDataKeys: new InMemoryPersonalDataKeyStore()).Deserialize(plain));
    }

    [Fact]
    public void Personal_data_without_a_subject_is_refused_when_the_serializer_is_made()
    {
        var refused = Assert.Throws<DomainRuleViolationException>(() =>
            new DomainEventSerializer(vendorAssemblies: [typeof(OrphanedDatum).Assembly], personalDataKeys: new InMemoryPersonalDataKeyStore()));

        Assert.Equal("PersonalDataHasSubject", refused.Rule);
        // This assembly holds two such events; the serializer names the first it meets, whichever the metadata lists first.
        Assert.Matches("'(OrphanedDatum.Phone|ResidentContacted.PhoneNumber)'", refused.Message);
    }

    [Fact]
    public void A_key_file_survives_reopening_and_forgets_a_destroyed_key()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("cg-keys-").FullName, "keys.json");
        try
        {
            var first = new FilePersonalDataKeyStore(path);
            var kept = first.GetOrCreate(new ActorId("R-1"));
            first.GetOrCreate(new ActorId("R-2"));
            Assert.True(first.Destroy(new ActorId("R-2")));

            var reopened = new FilePersonalDataKeyStore(path);

            Assert.Equal(kept.Id, reopened.Find(new ActorId("R-1"))?.Id);
            Assert.True(kept.Material.SequenceEqual(reopened.Find(new ActorId("R-1"))!.Material));
            Assert.Null(reopened.Find(new ActorId("R-2")));
            Assert.False(reopened.Destroy(new ActorId("R-2")));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_key_file_is_refused_without_showing_its_content()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"R-1\": {\"Id\": \"k\", \"Material\": \"secret-not-base64\"}}");

            var refused = Assert.Throws<DomainRuleViolationException>(() => new FilePersonalDataKeyStore(path));

            Assert.Equal(StorageRules.PersonalDataKeyFileIsReadable, refused.Rule);
            Assert.DoesNotContain("secret", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ResidentRegistered Registered(string id, ResidentParticulars p) =>
        new(new ActorId(id), p.Name, p.IdentityNumber, p.Phone, p.RegisteredResidence, p.ActualResidence, s_at);

    private static IEnumerable<string> DataOf(ResidentParticulars particulars)
    {
        yield return particulars.Name.Value;
        yield return particulars.IdentityNumber.Value;
        if (particulars.Phone is { } phone)
        {
            yield return phone.Value;
        }
    }

    private static bool Holds(string data, string datum) =>
        data.Contains(datum, StringComparison.Ordinal) ||
        data.Contains(JsonSerializer.Serialize(datum).Trim('"'), StringComparison.Ordinal);
}

/// <summary>A vendor event with personal data and no member saying whose it is.</summary>
public sealed record OrphanedDatum([property: Boundaries.PersonalData] string Phone, Instant OccurredAt) : DomainEvent(OccurredAt);
