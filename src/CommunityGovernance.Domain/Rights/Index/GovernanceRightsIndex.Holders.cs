using CommunityGovernance.Actors;

namespace CommunityGovernance.Rights;

/// <content>The holders: a <see cref="ProbingTable{TPlace}"/> of <see cref="HolderEntry"/>s by actor id. An actor joins with its
/// first right, so every entry holds at least one.</content>
public sealed partial class GovernanceRightsIndex
{
    private const int MaxHolders = 1 << 28;

    /// <summary>The holder's place in the table, or -1 when it holds no right.</summary>
    private int FindHolder(ActorId actor)
    {
        var place = _holders.Find(actor.GetHashCode(), HolderKey.Of(actor.Value), default(ByActor));
        return _holders[place].Key is null ? -1 : place;
    }

    /// <summary>The holder's place in the table and its ordinal, adding it (with the next ordinal) when it is new.</summary>
    private int HolderOf(ActorId actor, out int ordinal)
    {
        var found = FindHolder(actor);
        if (found >= 0)
        {
            ordinal = HolderOrdinal(in _holders[found]);
            return found;
        }

        if (_holderCount >= MaxHolders)
        {
            throw new InvalidOperationException($"A rights index holds at most {MaxHolders} actors.");
        }

        if (!_holders.HasRoomForOneMore(_holderCount))
        {
            _holders.MoveTo(new HolderEntry[_holders.Length * 2], default(ByActor));

            // Every holder already in the table has its first right, whose record names the holder's ordinal.
            for (var i = 0; i < _holders.Length; i++)
            {
                if (_holders[i].Key is not null)
                {
                    _holderPlaces[HolderOrdinal(in _holders[i])] = i;
                }
            }
        }

        var hash = actor.GetHashCode();
        var key = HolderKey.Of(actor.Value);
        var place = _holders.Find(hash, key, default(ByActor));
        _holders[place] = new HolderEntry { Key = actor.Value, KeyHead = key.Head, KeyTail = key.Tail, KeyLength = key.Length, Hash = hash, Newest = -1, First = -1 };
        ordinal = _holderCount++;
        if (ordinal == _holderPlaces.Length)
        {
            GrowLongLived(ref _holderPlaces, ordinal * 2);
        }

        _holderPlaces[ordinal] = place;
        return place;
    }

    private int HolderOrdinal(in HolderEntry holder) => _records[holder.First].Holder;

    // An actor id's hash is its text's (ordinal, randomized per process, so vendor-chosen ids cannot be crafted to
    // collide), computed once when the id was made. A short ASCII id is compared in the entry (HolderKey), any other by
    // its text; an id is packed or not by its text alone, so the two never meet as equal.
    private readonly struct ByActor : IProbe<HolderEntry, HolderKey>
    {
        public static bool IsEmpty(in HolderEntry place) => place.Key is null;

        public int HashOf(in HolderEntry place) => place.Hash;

        public bool Holds(in HolderEntry place, int hash, HolderKey key) =>
            place.Hash == hash
            && place.KeyLength == key.Length
            && (key.Length != 0
                ? place.KeyHead == key.Head && place.KeyTail == key.Tail
                : string.Equals(place.Key, key.Text, StringComparison.Ordinal));
    }
}
