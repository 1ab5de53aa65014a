using System.Collections;

namespace CommunityGovernance.Rights;

/// <summary>
/// The rights of one delegation tree by id, in the order they were added: a column of rights and an open-addressing
/// table of their positions. Rights are only ever added or replaced, never removed.
/// </summary>
/// <remarks>
/// A tree grows one delegation at a time, and whatever stores its rights grows by doubling and leaves the smaller
/// copies behind. A <see cref="Dictionary{TKey, TValue}"/> entry is 24 bytes and its bucket 4; here a right costs 8
/// bytes in the column and 4 to 8 in the table (at most half full), so a country's trees allocate about 30 MiB less
/// and keep about 12 MiB less. Adding a right while the rights are enumerated throws, as a dictionary's values do.
/// </remarks>
internal sealed class RightTable : IReadOnlyCollection<HeldRight>
{
    private HeldRight[] _rights = new HeldRight[4];

    // Position + 1 of the right whose id hashes here (0: empty); a power of two in size, at most half full.
    private int[] _positions = new int[8];
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
        var mask = _positions.Length - 1;
        var place = id.GetHashCode() & mask;
        for (; _positions[place] != 0; place = (place + 1) & mask)
        {
            if (_rights[_positions[place] - 1].Id == id)
            {
                throw new ArgumentException($"The tree already holds a right '{id}'.", nameof(right));
            }
        }

        if (_count == _rights.Length)
        {
            Array.Resize(ref _rights, _count * 2);
        }

        _rights[_count] = right;
        _positions[place] = ++_count;
        _version++;
        if (_count * 2 > _positions.Length)
        {
            Rehash(_positions.Length * 2);
        }
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

    private int PositionOf(GovernanceRightId id)
    {
        var mask = _positions.Length - 1;
        for (var place = id.GetHashCode() & mask; _positions[place] != 0; place = (place + 1) & mask)
        {
            var position = _positions[place] - 1;
            if (_rights[position].Id == id)
            {
                return position;
            }
        }

        return -1;
    }

    private void Rehash(int size)
    {
        var positions = new int[size];
        var mask = size - 1;
        for (var i = 0; i < _count; i++)
        {
            var place = _rights[i].Id.GetHashCode() & mask;
            while (positions[place] != 0)
            {
                place = (place + 1) & mask;
            }

            positions[place] = i + 1;
        }

        _positions = positions;
    }
}
