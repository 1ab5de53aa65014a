using System.Numerics;
using NodaTime;

namespace CommunityGovernance.Communities.Directory;

/// <summary>
/// What a <see cref="CommunityDirectory"/> knows of one kind of key (area codes, living communities, actors): since
/// when each is known, the earliest instant winning. Added to, never removed from. Written under a lock, read without
/// one: a place is filled (key, hash, instant) before it is marked used, and a reader looks at a place only once it
/// sees the mark, so it never meets half a key. A place once marked never changes in a published table: growing, or
/// moving a key's instant earlier (events built by hand may repeat one), copies the table, changes the copy and then
/// publishes it, so a reader on the old table still sees all it held, whole.
/// </summary>
/// <remarks>
/// One open-addressing table of structs instead of a concurrent dictionary's node per key: a country's 1.3 million
/// units and actors are two arrays, not 1.3 million objects for every collection to trace.
/// </remarks>
/// <typeparam name="TKey">The key.</typeparam>
internal sealed class KnownSince<TKey>
    where TKey : IEquatable<TKey>
{
    private readonly Lock _writer = new();
    private Place[] _places = new Place[16];
    private int _count;

    /// <summary>How many keys are known.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Whether the key is known at <paramref name="at"/>: known, and since no later.</summary>
    public bool Knows(TKey key, Instant at)
    {
        var places = Volatile.Read(ref _places);
        var hash = key.GetHashCode();
        var mask = places.Length - 1;
        for (var i = Home(hash) & mask; ; i = (i + 1) & mask)
        {
            ref readonly var place = ref places[i];
            if (!Volatile.Read(in place.Used))
            {
                return false;
            }

            if (place.Hash == hash && place.Key.Equals(key))
            {
                return place.Since <= at;
            }
        }
    }

    /// <summary>Learns that the key is known from <paramref name="at"/>; an earlier instant already known stands.</summary>
    public void Learn(TKey key, Instant at)
    {
        var hash = key.GetHashCode();
        lock (_writer)
        {
            var places = _places;
            var mask = places.Length - 1;
            var i = Home(hash) & mask;
            for (; places[i].Used; i = (i + 1) & mask)
            {
                if (places[i].Hash == hash && places[i].Key.Equals(key))
                {
                    if (at < places[i].Since)
                    {
                        // Rare (a unit established twice by hand-built events): a copy, so that no reader meets a torn instant.
                        var copy = (Place[])places.Clone();
                        copy[i].Since = at;
                        Volatile.Write(ref _places, copy);
                    }

                    return;
                }
            }

            if ((_count + 1) * 4L > places.Length * 3L)
            {
                places = Grown(places);
                Volatile.Write(ref _places, places);
                mask = places.Length - 1;
                for (i = Home(hash) & mask; places[i].Used; i = (i + 1) & mask)
                {
                }
            }

            places[i].Key = key;
            places[i].Hash = hash;
            places[i].Since = at;
            Volatile.Write(ref places[i].Used, true);
            Volatile.Write(ref _count, _count + 1);
        }
    }

    // A table twice the size holding every used place; filled before anyone can read it.
    private static Place[] Grown(Place[] places)
    {
        var grown = new Place[checked(places.Length * 2)];
        var mask = grown.Length - 1;
        foreach (ref readonly var place in places.AsSpan())
        {
            if (place.Used)
            {
                var i = Home(place.Hash) & mask;
                while (grown[i].Used)
                {
                    i = (i + 1) & mask;
                }

                grown[i] = place;
            }
        }

        return grown;
    }

    // The keys' own hashes with the high bits folded in, since a table's mask keeps only the low ones.
    private static int Home(int hash) => (int)BitOperations.RotateLeft((uint)hash * 0x9E3779B9u, 15);

    private struct Place
    {
        public TKey Key;
        public int Hash;
        public Instant Since;
        public bool Used;
    }
}
