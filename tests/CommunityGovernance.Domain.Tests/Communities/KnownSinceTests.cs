using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.Communities.Directory;
using CommunityGovernance.PropertyTesting;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CommunityGovernance.Domain.Tests.Communities;

/// <summary>
/// The directory's table (<see cref="KnownSince{TKey}"/>): it answers as a dictionary in which the earliest instant
/// wins, whatever the order it learns in and however much it grows, and a reader racing the writer never misses a
/// key learnt before its read began.
/// </summary>
public sealed class KnownSinceTests
{
    private static readonly Instant s_start = Instant.FromUtc(2026, 1, 1, 0, 0);

    public static Arbitrary<(int Key, int Minute)[]> Lessons() =>
        Gen.Zip(Gen.Choose(0, 300), Gen.Choose(0, 600)).ArrayOf().ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(KnownSinceTests)])]
    public Property It_answers_as_a_dictionary_where_the_earliest_instant_wins((int Key, int Minute)[] lessons, int askMinute)
    {
        var known = new KnownSince<ActorId>();
        var model = new Dictionary<string, Instant>(StringComparer.Ordinal);
        foreach (var (key, minute) in lessons)
        {
            var at = s_start + Duration.FromMinutes(minute);
            known.Learn(Actor(key), at);
            model[Text(key)] = model.TryGetValue(Text(key), out var since) && since <= at ? since : at;
        }

        var ask = s_start + Duration.FromMinutes(Math.Abs(askMinute % 700));
        var wrong = Enumerable.Range(0, 310)
            .Where(k => known.Knows(Actor(k), ask) != (model.TryGetValue(Text(k), out var since) && since <= ask))
            .ToList();
        return (wrong.Count == 0 && known.Count == model.Count).Label($"wrong for {string.Join(", ", wrong.Take(5))}; count {known.Count} against {model.Count}");
    }

    [Fact]
    public async Task A_reader_racing_the_writer_never_misses_a_key_learnt_before_its_read()
    {
        var known = new KnownSince<AreaCode>();
        var codes = Enumerable.Range(1, 60_000).Select(i => AreaCode.Parse($"510115{i / 1000 + 1:D3}{i % 1000:D3}")).ToArray();
        var learnt = -1;
        var misses = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(r => Task.Run(() =>
        {
            var random = new Random(r);
            while (!stop.IsCancellationRequested)
            {
                var upTo = Volatile.Read(ref learnt);
                if (upTo >= 0 && !known.Knows(codes[random.Next(upTo + 1)], s_start))
                {
                    Interlocked.Increment(ref misses);
                }
            }
        })).ToArray();

        for (var i = 0; i < codes.Length; i++)
        {
            known.Learn(codes[i], s_start);
            Volatile.Write(ref learnt, i);
            if (i % 5_000 == 0)
            {
                known.Learn(codes[i / 2], s_start - Duration.FromDays(1));   // an earlier instant: a copy published
            }
        }

        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Equal(0, misses);
        Assert.Equal(codes.Length, known.Count);
        Assert.True(known.Knows(codes[0], s_start - Duration.FromDays(1)));
        Assert.False(known.Knows(codes[1], s_start - Duration.FromDays(1)));
    }

    private static string Text(int key) => $"A-{key}";

    private static ActorId Actor(int key) => new(Text(key));
}
