using CommunityGovernance.Rights;
using FsCheck;
using FsCheck.Fluent;

namespace CommunityGovernance.Domain.Tests.Rights;

/// <summary>
/// The one open-addressing table behind a tree's rights, the index's ids and its holders: whatever keys go in, in
/// whatever order, and however badly they collide, each is found where it was put, through every growth, and a key
/// never added is not found.
/// </summary>
public sealed class ProbingTableTests
{
    [ScaledProperty]
    public Property Every_key_added_is_found_and_no_other((int[] Keys, int[] Others, bool Colliding) play)
    {
        var keys = play.Keys.Distinct().ToArray();
        var table = new ProbingTable<Place>(new Place[ProbingTable<Place>.SizeFor(0)]);
        var hash = play.Colliding ? (Func<int, int>)(k => k & 3) : k => k.GetHashCode();
        for (var i = 0; i < keys.Length; i++)
        {
            if (!table.HasRoomForOneMore(i))
            {
                table.MoveTo(new Place[table.Length * 2], default(ByKey));
            }

            var place = table.Find(hash(keys[i]), keys[i], default(ByKey));
            if (table[place].Used)
            {
                return false.Label($"{keys[i]} found before it was added");
            }

            table[place] = new Place { Used = true, Key = keys[i], Hash = hash(keys[i]) };
        }

        var lost = keys.Where(k => table[table.Find(hash(k), k, default(ByKey))] is not { Used: true } p || p.Key != k);
        var invented = play.Others.Except(keys).Where(k => table[table.Find(hash(k), k, default(ByKey))].Used);
        return (!lost.Any() && !invented.Any()).Label($"lost {string.Join(",", lost)}; invented {string.Join(",", invented)}")
            .And((keys.Length * 4L <= table.Length * 3L).Label("at most three quarters full"));
    }

    [Fact]
    public void A_table_grows_only_into_a_larger_power_of_two()
    {
        var table = new ProbingTable<Place>(new Place[8]);

        Assert.Throws<ArgumentException>(() => new ProbingTable<Place>(new Place[6]));
        Assert.Throws<ArgumentException>(() => table.MoveTo(new Place[8], default(ByKey)));
        Assert.Throws<ArgumentException>(() => table.MoveTo(new Place[24], default(ByKey)));
    }

    private struct Place
    {
        public bool Used;

        public int Key;

        public int Hash;
    }

    private readonly struct ByKey : IProbe<Place, int>
    {
        public static bool IsEmpty(in Place place) => !place.Used;

        public int HashOf(in Place place) => place.Hash;

        public bool Holds(in Place place, int hash, int key) => place.Hash == hash && place.Key == key;
    }
}
