using System.Numerics;

namespace CommunityGovernance.Rights;

/// <summary>
/// An open-addressing hash table: linear probing over a power-of-two array of places, at most three quarters full, that
/// only ever grows (nothing is removed). The places are the caller's: the index keeps its holders in them, and the
/// hash and slot of each right id (<see cref="PositionPlace"/>); a tree (<see cref="RightTable"/>) the position of each
/// right. What a place holds is read through a struct (<see cref="IProbe{TPlace, TKey}"/>), so every use compiles to
/// a loop as if written out by hand.
/// </summary>
/// <remarks>
/// A <see cref="Dictionary{TKey, TValue}"/> entry costs its key, its value, a hash and a link (24 bytes for an id and an
/// int) and a bucket 4 more; a place here is the caller's struct alone, and a probe that finds a key has usually brought
/// the rest of what the caller wants into the cache with it. The caller makes room before adding
/// (<see cref="HasRoomForOneMore"/>, <see cref="MoveTo{TPlaces}"/>), so that the place <see cref="Find"/> returned for a
/// new key stays where it goes.
/// </remarks>
/// <typeparam name="TPlace">What one place holds.</typeparam>
internal struct ProbingTable<TPlace>
    where TPlace : struct
{
    private TPlace[] _places;

    /// <summary>Makes a table of the given places, all empty; their number is a power of two.</summary>
    public ProbingTable(TPlace[] places)
    {
        if (!BitOperations.IsPow2(places.Length))
        {
            throw new ArgumentException("A probing table's size is a power of two.", nameof(places));
        }

        _places = places;
    }

    /// <summary>The number of places.</summary>
    public readonly int Length => _places.Length;

    /// <summary>The place at an index that <see cref="Find"/> returned.</summary>
    public readonly ref TPlace this[int place] => ref _places[place];

    /// <summary>A table's size for a number of keys: at most three quarters full, at least 8 places, at most 2^30.</summary>
    public static int SizeFor(int keys) => (int)Math.Min(BitOperations.RoundUpToPowerOf2(((uint)Math.Max(keys, 6) * 4 + 2) / 3), 1u << 30);

    /// <summary>The place that holds the key, or the empty place where it would go.</summary>
    public readonly int Find<TKey, TProbe>(int hash, TKey key, in TProbe probe)
        where TProbe : struct, IProbe<TPlace, TKey>
    {
        var places = _places;
        var mask = places.Length - 1;
        for (var i = Home(hash) & mask; ; i = (i + 1) & mask)
        {
            ref readonly var place = ref places[i];
            if (TProbe.IsEmpty(in place) || probe.Holds(in place, hash, key))
            {
                return i;
            }
        }
    }

    /// <summary>The first place a key of this hash is looked for, for a prefetch.</summary>
    public readonly ref TPlace HomeOf(int hash) => ref _places[Home(hash) & (_places.Length - 1)];

    /// <summary>Whether one more key fits without passing three quarters full.</summary>
    public readonly bool HasRoomForOneMore(int keys) => (keys + 1) * 4L <= _places.Length * 3L;

    /// <summary>Copies every place into <paramref name="places"/>, of this table's size, which becomes the copy's.</summary>
    /// <param name="places">The copy's places, as many as this table's.</param>
    /// <returns>The copy.</returns>
    public readonly ProbingTable<TPlace> CopyInto(TPlace[] places)
    {
        if (places.Length != _places.Length)
        {
            throw new ArgumentException("A probing table is copied into places of its own size.", nameof(places));
        }

        Array.Copy(_places, places, _places.Length);
        return new ProbingTable<TPlace>(places);
    }

    /// <summary>The places, for a copy of the table to reuse when it is copied over.</summary>
    public readonly TPlace[] Places => _places;

    /// <summary>Moves every place that holds a key into <paramref name="larger"/>, empty and a power of two in size, which becomes the table.</summary>
    public void MoveTo<TPlaces>(TPlace[] larger, in TPlaces places)
        where TPlaces : struct, IPlaces<TPlace>
    {
        if (larger.Length <= _places.Length || !BitOperations.IsPow2(larger.Length))
        {
            throw new ArgumentException("A probing table grows into a larger power of two.", nameof(larger));
        }

        var mask = larger.Length - 1;
        foreach (ref readonly var place in _places.AsSpan())
        {
            if (!TPlaces.IsEmpty(in place))
            {
                var i = Home(places.HashOf(in place)) & mask;
                while (!TPlaces.IsEmpty(in larger[i]))
                {
                    i = (i + 1) & mask;
                }

                larger[i] = place;
            }
        }

        _places = larger;
    }

    // The keys' own hashes with the high bits folded in, since a table's mask keeps only the low ones.
    private static int Home(int hash) => hash ^ (hash >>> 15);
}
