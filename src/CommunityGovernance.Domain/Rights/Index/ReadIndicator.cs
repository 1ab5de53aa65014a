namespace CommunityGovernance.Rights;

/// <summary>
/// Counts the readers inside one of the live index's two copies, striped over cache lines so that readers on different
/// cores rarely touch the same counter. Arriving and departing are one interlocked operation each and allocate nothing.
/// </summary>
internal sealed class ReadIndicator
{
    // One counter every 16 longs (128 bytes): two cache lines apart, so adjacent stripes never share a line.
    private const int Spacing = 16;
    private readonly long[] _stripes;
    private readonly int _mask;

    public ReadIndicator()
    {
        var stripes = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, Environment.ProcessorCount * 2));
        _mask = stripes - 1;
        _stripes = new long[(stripes + 1) * Spacing];
    }

    /// <summary>The stripe a reader on this thread uses; pass it back to <see cref="Depart"/>.</summary>
    public int Arrive()
    {
        var stripe = ((Environment.CurrentManagedThreadId & _mask) + 1) * Spacing;
        Interlocked.Increment(ref _stripes[stripe]);
        return stripe;
    }

    public void Depart(int stripe) => Interlocked.Decrement(ref _stripes[stripe]);

    /// <summary>Whether no reader is inside; read with full fences by the writer.</summary>
    public bool IsEmpty
    {
        get
        {
            for (var i = Spacing; i < _stripes.Length; i += Spacing)
            {
                if (Volatile.Read(ref _stripes[i]) != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
