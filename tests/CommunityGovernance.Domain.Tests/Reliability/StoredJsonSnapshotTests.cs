using System.Runtime.CompilerServices;
using System.Text;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Domain.Tests.Storage;
using CommunityGovernance.Kernel;
using CommunityGovernance.Storage;
using CommunityGovernance.Testing.Reliability;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Domain.Tests.Reliability;

/// <summary>
/// Stored events outlive the code that wrote them: a sample of every event type, as the serializer wrote it when the
/// snapshot was taken, must still read, and must be written again byte for byte the same. A change to how a value
/// object or an id reaches JSON that alters one byte of a stored event fails here.
/// </summary>
/// <remarks>
/// The snapshot (<c>StoredJsonSnapshot.tsv</c>: type, schema version, JSON, one event a line) is read and written back
/// rather than regenerated, so it does not depend on the generators staying the same. Set
/// <c>CG_UPDATE_STORED_JSON=1</c> to take it again, only when a change of the stored shape is the point (with an
/// upcaster for the old one).
/// </remarks>
public sealed class StoredJsonSnapshotTests
{
    private const int PerType = 3;

    private static readonly DomainEventSerializer Serializer = new(vendorAssemblies: [typeof(UnitSurveyed).Assembly]);

    [Fact]
    public void Every_stored_sample_reads_and_is_written_again_byte_for_byte()
    {
        var lines = Snapshot();
        Assert.NotEmpty(lines);
        Assert.All(lines, stored => Assert.Equal(stored, Serializer.Serialize(Serializer.Deserialize(stored))));
    }

    [Fact]
    public void The_snapshot_holds_every_event_type_of_the_domain()
    {
        var sampled = Snapshot().Select(s => s.Type).ToHashSet(StringComparer.Ordinal);
        var all = typeof(DomainEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract).Select(t => t.Name);
        Assert.Empty(all.Where(t => !sampled.Contains(t)).Order(StringComparer.Ordinal));
    }

    private static List<StoredEvent> Snapshot([CallerFilePath] string source = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(source)!, "StoredJsonSnapshot.tsv");
        if (Environment.GetEnvironmentVariable("CG_UPDATE_STORED_JSON") == "1")
        {
            File.WriteAllText(path, Take(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        return [.. File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0).Select(Parse)];
    }

    private static StoredEvent Parse(string line)
    {
        var parts = line.Split('\t', 3);
        return new StoredEvent(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2]);
    }

    // The same fixed-seed sample that reaches every event type, the first few of each type, and the vendor-style
    // events that carry every shared value object.
    private static string Take()
    {
        var events = AggregateHistories.Any.Sample(1200, new Rnd(20261201UL, 9UL), 100)
            .SelectMany(h => h).SelectMany(h => h.Events)
            .GroupBy(e => e.GetType().Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Take(PerType))
            .Concat(VendorSamples());
        var text = new StringBuilder();
        foreach (var stored in events.Select(Serializer.Serialize))
        {
            text.Append(stored.Type).Append('\t').Append(stored.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\t').Append(stored.Data).Append('\n');
        }

        return text.ToString();
    }

    private static IEnumerable<DomainEvent> VendorSamples()
    {
        var at = NodaTime.Instant.FromUtc(2026, 11, 30, 8, 0);
        yield return new UnitSurveyed(
            at,
            AreaCode.Parse("510115001"),
            AdministrativeCommunityId.Parse("510115001001"),
            new LivingCommunityId("GY-01"),
            CommunityUnit.Living(new LivingCommunityId("GY-01")),
            new ActorId("street-office-liucheng"),
            new EquatableArray<AreaCode>([AreaCode.Parse("510115"), AreaCode.Parse("510115001001")]),
            Boundaries.CommunitySide.Administrative,
            new NodaTime.Interval(at, at + NodaTime.Duration.FromHours(1)),
            new NodaTime.LocalDate(2026, 11, 30),
            NodaTime.Duration.FromMinutes(45));
        yield return new ResidentContacted(at, new ActorId("r-17"), "13800000000", "停车");
    }
}
