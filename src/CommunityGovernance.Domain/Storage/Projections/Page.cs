namespace CommunityGovernance.Storage.Projections;

/// <summary>One page of an ordered list.</summary>
/// <typeparam name="T">The items' type.</typeparam>
/// <param name="Items">The page's items.</param>
/// <param name="Number">The page's number, from 1.</param>
/// <param name="Size">The page size asked for.</param>
/// <param name="Total">How many items the whole list holds.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    /// <summary>The largest page accepted.</summary>
    public const int MaxSize = 500;

    /// <summary>How many pages the list fills.</summary>
    public int PageCount => (Total + Size - 1) / Size;

    /// <summary>Takes one page of an ordered sequence.</summary>
    /// <param name="ordered">The whole list, ordered.</param>
    /// <param name="number">The page, from 1.</param>
    /// <param name="size">The page size.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The page is below 1, or the size outside 1 to <see cref="MaxSize"/>.</exception>
    public static Page<T> Of(IEnumerable<T> ordered, int number, int size)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaxSize);
        var all = ordered.ToList();
        return new Page<T>([.. all.Skip((number - 1) * size).Take(size)], number, size, all.Count);
    }
}
