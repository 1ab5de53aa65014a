using System.Globalization;
using CommunityGovernance.Actors;
using CommunityGovernance.Communities;
using CommunityGovernance.PropertyTesting;
using CommunityGovernance.Rights;
using CommunityGovernance.Testing.Actors;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Interval = NodaTime.Interval;

namespace CommunityGovernance.Domain.Tests.Rights;

/// <summary>
/// The holder table compares a short ASCII id packed in the entry (<see cref="HolderKey"/>) and any other by its text:
/// two ids must be found as one exactly when they are equal, whatever their length, characters or where they differ.
/// </summary>
public sealed class HolderKeyTests
{
    private static readonly Instant s_at = Instant.FromUtc(2026, 6, 1, 0, 0);
    private static readonly CommunityUnit s_community = CommunityUnit.Administrative(AreaCode.Parse("510115001001"));

    // Texts of every length around the packing's edges (7, 8, 16, 17), ASCII and not.
    private static readonly Gen<string> s_texts =
        from length in Gen.Frequency((3, Gen.Choose(1, 20)), (1, Gen.Elements(7, 8, 9, 15, 16, 17)))
        from characters in Gen.ArrayOf(Gen.Frequency((12, Gen.Elements("AB01-_.:z".ToCharArray())), (1, Gen.Elements('街', 'é', '\u007F', '\u0080'))), length)
        select new string(characters);

    public static Arbitrary<(string, string)> Pairs() =>
        Gen.Frequency(
            (2, Gen.Zip(s_texts, s_texts)),
            (3, s_texts.SelectMany(text => Gen.Choose(0, text.Length - 1).Select(i => (text, Change(text, i))))))
        .ToArbitrary();

    [ScaledProperty(Arbitrary = [typeof(HolderKeyTests)])]
    public Property Two_texts_pack_alike_exactly_when_they_are_equal((string A, string B) pair)
    {
        var (a, b) = (HolderKey.Of(pair.A), HolderKey.Of(pair.B));
        var packedEqual = a.Length != 0 && b.Length != 0 && a.Length == b.Length && a.Head == b.Head && a.Tail == b.Tail;
        var bothPacked = a.Length != 0 && b.Length != 0;
        return (!bothPacked || packedEqual == string.Equals(pair.A, pair.B, StringComparison.Ordinal))
            .Label($"'{pair.A}' and '{pair.B}'")
            .Classify(bothPacked, "both packed")
            .Classify(pair.A.Length == pair.B.Length, "same length");
    }

    [ScaledProperty(Arbitrary = [typeof(HolderKeyTests)])]
    public Property The_vector_and_the_scalar_packing_agree((string A, string B) pair)
    {
        var (vector, scalar) = (HolderKey.Of(pair.A), HolderKey.OfScalar(pair.A));
        return ((vector.Length, vector.Head, vector.Tail) == (scalar.Length, scalar.Head, scalar.Tail)).Label(pair.A);
    }

    [Theory]
    [InlineData("A", 1)]
    [InlineData("510115", 6)]
    [InlineData("SO-510115001", 12)]
    [InlineData("0123456789abcdef", 16)]
    [InlineData("0123456789abcdefg", 0)]
    [InlineData("温江区", 0)]
    [InlineData("SO-温江", 0)]
    [InlineData("A\u007F", 2)]
    [InlineData("A\u0080", 0)]
    public void Short_ASCII_ids_are_packed_and_others_are_compared_by_text(string text, int packedLength) =>
        Assert.Equal(packedLength, HolderKey.Of(text).Length);

    [Fact]
    public void Ids_that_differ_in_one_character_anywhere_are_different_holders()
    {
        // For every length from 1 to 24 (packed short, packed with overlapping words, and by text), ids that differ
        // from a base id at one position each: each holds a right, and only it may exercise it.
        var ids = new List<string>();
        for (var length = 1; length <= 24; length++)
        {
            var text = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));
            ids.Add(text);
            ids.AddRange(Enumerable.Range(0, length).Select(i => Change(text, i)));
            ids.Add("街" + text[1..]);
        }

        ids = [.. ids.Distinct(StringComparer.Ordinal)];
        var granted = ids.Where((_, i) => i % 2 == 0).ToHashSet(StringComparer.Ordinal);
        var index = GovernanceRightsIndex.Build(granted.SelectMany((id, i) => Grant(id, i)));

        var wrong = ids.Where(id => index.MayExercise(new ActorId(id), GovernancePower.TaskSetting, s_community, s_at) != granted.Contains(id)).ToList();
        Assert.Empty(wrong);
    }

    [ScaledProperty]
    public Property Generated_actor_ids_are_found_as_themselves_and_no_other() =>
        Prop.ForAll(
            ActorGenerators.ActorIds.ArrayOf().Select(ids => ids.Distinct().ToArray()).ToArbitrary(),
            ids =>
            {
                var granted = ids.Where((_, i) => i % 2 == 0).ToList();
                var index = GovernanceRightsIndex.Build(granted.SelectMany((id, i) => Grant(id.Value, i)));
                return ids.All(id => index.MayExercise(new ActorId(new string(id.Value.AsSpan())), GovernancePower.TaskSetting, s_community, s_at) == granted.Contains(id));
            });

    private static IEnumerable<CommunityGovernance.Kernel.DomainEvent> Grant(string holder, int i) =>
        GovernanceRight.Grant(
                new GovernanceRightId(string.Create(CultureInfo.InvariantCulture, $"R-{i}")),
                new RightTerms(new ActorId(holder), GovernancePowers.All, s_community, new Interval(s_at - Duration.FromDays(1), null)),
                EverythingExists.Directory,
                s_at - Duration.FromDays(1))
            .PendingEvents;

    private static string Change(string text, int position)
    {
        var characters = text.ToCharArray();
        characters[position] = characters[position] == 'Q' ? 'R' : 'Q';
        return new string(characters);
    }
}
