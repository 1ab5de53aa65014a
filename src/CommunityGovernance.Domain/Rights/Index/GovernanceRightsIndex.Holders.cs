using CommunityGovernance.Actors;

namespace CommunityGovernance.Rights;

/// <content>The holders' open-addressing table: linear probing over a power-of-two array, at most three quarters full. An actor joins
/// with its first right, so every entry holds at least one.</content>
public sealed partial class GovernanceRightsIndex
{
    private const int MaxHolders = 1 << 28;

    /// <summary>The holder's place in the table, or -1 when it holds no right.</summary>
    private int FindHolder(ActorId actor)
    {
        return FindHolder(actor.Value, HashOf(actor));
    }

    private int FindHolder(string key, int hash)
    {
        var table = _holders;
        var mask = table.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref readonly var entry = ref table[i];
            if (entry.Key is null)
            {
                return -1;
            }

            if (entry.Hash == hash && string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }
    }

    /// <summary>The holder's place in the table and its ordinal, adding it (with the next ordinal) when it is new.</summary>
    private int HolderOf(ActorId actor, out int ordinal)
    {
        var key = actor.Value;
        var hash = HashOf(actor);
        var found = FindHolder(key, hash);
        if (found >= 0)
        {
            ordinal = HolderOrdinal(in _holders[found]);
            return found;
        }

        if (_holderCount >= MaxHolders)
        {
            throw new InvalidOperationException($"A rights index holds at most {MaxHolders} actors.");
        }

        if ((_holderCount + 1) * 4L > _holders.Length * 3L)
        {
            Rehash(_holders.Length * 2);
        }

        var place = FreePlace(_holders, hash);
        _holders[place] = new HolderEntry { Key = key, Hash = hash, Newest = -1, First = -1 };
        ordinal = _holderCount++;
        if (ordinal == _holderPlaces.Length)
        {
            GrowLongLived(ref _holderPlaces, ordinal * 2);
        }

        _holderPlaces[ordinal] = place;
        return place;
    }

    private void Rehash(int size)
    {
        var table = new HolderEntry[size];
        foreach (var entry in _holders)
        {
            if (entry.Key is not null)
            {
                // Every holder already in the table has its first right, whose record names the holder's ordinal.
                var place = FreePlace(table, entry.Hash);
                table[place] = entry;
                _holderPlaces[HolderOrdinal(in entry)] = place;
            }
        }

        _holders = table;
    }

    private static int FreePlace(HolderEntry[] table, int hash)
    {
        var mask = table.Length - 1;
        var i = hash & mask;
        while (table[i].Key is not null)
        {
            i = (i + 1) & mask;
        }

        return i;
    }

    // The id's own hash (ordinal, randomized per process, so vendor-chosen ids cannot be crafted to collide; computed
    // once when the id was made), with the high bits folded in, since the tables keep only the low ones.
    private static int HashOf(ActorId actor) => Fold(actor.GetHashCode());

    private static int Fold(int hash) => hash ^ (hash >>> 15);

    private static int TableSizeFor(int holders) => (int)Math.Min(System.Numerics.BitOperations.RoundUpToPowerOf2(((uint)Math.Max(holders, 6) * 4 + 2) / 3), 1u << 30);
}
