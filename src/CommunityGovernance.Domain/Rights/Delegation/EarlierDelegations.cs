using System.Buffers;
using System.Numerics;

namespace CommunityGovernance.Rights;

// The delegations of a batch checked so far, for finding a parent delegated earlier in the same batch and refusing an
// id used twice. A small batch is searched in place; a larger one through an open-addressing table of positions rented
// from the shared pool, so checking a decree of any size allocates nothing. Not copyable: pass it by reference.
internal struct EarlierDelegations
{
    private const int SmallBatch = 16;

    private readonly IReadOnlyList<Delegation> _batch;
    private int[]? _table; // position + 1 of a checked delegation; 0 is an empty place
    private readonly int _mask;
    private int _checked;

    public EarlierDelegations(IReadOnlyList<Delegation> batch)
    {
        _batch = batch;
        if (batch.Count > SmallBatch)
        {
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)batch.Count * 2);
            _table = ArrayPool<int>.Shared.Rent(size);
            Array.Clear(_table, 0, size);
            _mask = size - 1;
        }
    }

    // The terms of the right delegated as `id` earlier in the batch, if any.
    public readonly RightTerms? TermsOf(GovernanceRightId id)
    {
        if (_table is null)
        {
            for (var i = 0; i < _checked; i++)
            {
                if (_batch[i].Id == id)
                {
                    return _batch[i].Terms;
                }
            }

            return null;
        }

        for (var place = id.GetHashCode() & _mask; _table[place] != 0; place = (place + 1) & _mask)
        {
            var delegation = _batch[_table[place] - 1];
            if (delegation.Id == id)
            {
                return delegation.Terms;
            }
        }

        return null;
    }

    // The next delegation of the batch has been checked: later ones may find it.
    public void Add()
    {
        if (_table is not null)
        {
            var place = _batch[_checked].Id.GetHashCode() & _mask;
            while (_table[place] != 0)
            {
                place = (place + 1) & _mask;
            }

            _table[place] = _checked + 1;
        }

        _checked++;
    }

    public void Release()
    {
        if (_table is not null)
        {
            ArrayPool<int>.Shared.Return(_table);
            _table = null;
        }
    }
}
