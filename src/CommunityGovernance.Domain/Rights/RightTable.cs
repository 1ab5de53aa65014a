using System.Collections;

namespace CommunityGovernance.Rights;

/// <summary>
/// The rights of one delegation tree by id, in the order they were added: a column of rights and a
/// <see cref="ProbingTable{TPlace}"/> of their positions. Rights are only ever added or replaced, never removed.
/// </summary>
/// <remarks>
/// A tree grows one delegation at a time, and whatever stores its rights grows by doubling and leaves the smaller
/// copies behind. A <see cref="Dictionary{TKey, TValue}"/> entry is 24 bytes and its bucket 4; here a right costs 8
/// bytes in the column and 5 to 11 in the table (a 4-byte place, its position alone, at most three quarters full; the
/// id's hash is not kept, since a tree is small and found by id far less often than the index is). Adding a right
/// while the rights are enumerated throws, as a dictionary's values do.
/// </remarks>
internal sealed class RightTable : IReadOnlyCollection<HeldRight>
{
    private HeldRight[] _rights = new HeldRight[4];
    private ProbingTable<int> _positions = new(new int[8]);
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
            _positions.MoveTo(new int[_positions.Length * 2], new ById(_rights));
        }

        ref var place = ref _positions[_positions.Find(id.GetHashCode(), id, new ById(_rights))];
        if (place != 0)
        {
            throw new ArgumentException($"The tree already holds a right '{id}'.", nameof(right));
        }

        if (_count == _rights.Length)
        {
            Array.Resize(ref _rights, _count * 2);
        }

        _rights[_count] = right;
        place = ++_count;
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

    private int PositionOf(GovernanceRightId id) => _positions[_positions.Find(id.GetHashCode(), id, new ById(_rights))] - 1;

    // A place is the position of a right plus one (0: empty); the ids, and so their hashes, are read from the column.
    private readonly struct ById(HeldRight[] rights) : IProbe<int, GovernanceRightId>
    {
        public static bool IsEmpty(in int place) => place == 0;

        public int HashOf(in int place) => rights[place - 1].Id.GetHashCode();

        public bool Holds(in int place, int hash, GovernanceRightId id) => rights[place - 1].Id == id;
    }
}
