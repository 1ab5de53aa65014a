using System.Collections;

namespace CommunityGovernance.Rights;

/// <summary>
/// The rights of one delegation tree by id, in the order they were added: a column of rights and a
/// <see cref="ProbingTable{TPlace}"/> of their positions. Rights are only ever added or replaced, never removed.
/// </summary>
/// <remarks>
/// A tree grows one delegation at a time, and whatever stores its rights grows by doubling and leaves the smaller
/// copies behind. A <see cref="Dictionary{TKey, TValue}"/> entry is 24 bytes and its bucket 4; here a right costs 8
/// bytes in the column and 11 to 21 in the table (an 8-byte place, at most three quarters full), and the id's hash is
/// kept, so growing never hashes an id again. Adding a right while the rights are enumerated throws, as a dictionary's
/// values do.
/// </remarks>
internal sealed class RightTable : IReadOnlyCollection<HeldRight>
{
    private HeldRight[] _rights = new HeldRight[4];
    private ProbingTable<PositionPlace> _positions = new(new PositionPlace[8]);
    private int _count;
    private int _version;

    public int Count => _count;

    /// <summary>The right with the id; setting replaces a right already held under that id.</summary>
    public HeldRight this[GovernanceRightId id]
    {
        get => TryGetValue(id, out var right) ? right : throw new KeyNotFoundException($"The tree holds no right '{id}'.");
        set
        {
            var position = PositionOf(id);
            if (position < 0)
            {
                throw new KeyNotFoundException($"The tree holds no right '{id}' to replace.");
            }

            // As with a dictionary's values, replacing one does not disturb an enumeration.
            _rights[position] = value;
        }
    }

    public bool ContainsKey(GovernanceRightId id) => PositionOf(id) >= 0;

    public bool TryGetValue(GovernanceRightId id, out HeldRight right)
    {
        var position = PositionOf(id);
        right = position >= 0 ? _rights[position] : null!;
        return position >= 0;
    }

    public HeldRight? GetValueOrDefault(GovernanceRightId id)
    {
        var position = PositionOf(id);
        return position >= 0 ? _rights[position] : null;
    }

    /// <summary>Adds a right under its id, which the table must not hold yet.</summary>
    public void Add(HeldRight right)
    {
        var id = right.Id;
        if (!_positions.HasRoomForOneMore(_count))
        {
            _positions.MoveTo<ById>(new PositionPlace[_positions.Length * 2]);
        }

        var hash = id.GetHashCode();
        ref var place = ref _positions[_positions.Find(hash, id, new ById(_rights))];
        if (place.PositionPlusOne != 0)
        {
            throw new ArgumentException($"The tree already holds a right '{id}'.", nameof(right));
        }

        if (_count == _rights.Length)
        {
            Array.Resize(ref _rights, _count * 2);
        }

        _rights[_count] = right;
        place = new PositionPlace { Hash = hash, PositionPlusOne = ++_count };
        _version++;
    }

    public IEnumerator<HeldRight> GetEnumerator()
    {
        var version = _version;
        for (var i = 0; i < _count; i++)
        {
            if (version != _version)
            {
                throw new InvalidOperationException("The tree's rights changed while they were being enumerated.");
            }

            yield return _rights[i];
        }

        if (version != _version)
        {
            throw new InvalidOperationException("The tree's rights changed while they were being enumerated.");
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int PositionOf(GovernanceRightId id) => _positions[_positions.Find(id.GetHashCode(), id, new ById(_rights))].PositionPlusOne - 1;

    // The rights' positions by id, the ids read from the column of rights.
    private readonly struct ById(HeldRight[] rights) : IProbe<PositionPlace, GovernanceRightId>
    {
        public static bool IsEmpty(in PositionPlace place) => place.PositionPlusOne == 0;

        public static int HashOf(in PositionPlace place) => place.Hash;

        public bool Holds(in PositionPlace place, int hash, GovernanceRightId id) => place.Hash == hash && rights[place.PositionPlusOne - 1].Id == id;
    }
}
