namespace CommunityGovernance.Rights;

/// <summary>
/// What a <see cref="ProbingTable{TPlace}"/> must know of its places to move them: whether one is empty, and the hash of
/// the key it holds. Implemented by a struct, so that the table's code is compiled for each kind of place and nothing is
/// called through an interface on the way; where the keys sit in a column beside the table, the struct carries the column.
/// </summary>
/// <typeparam name="TPlace">What one place of the table holds.</typeparam>
internal interface IPlaces<TPlace>
    where TPlace : struct
{
    /// <summary>Whether the place holds nothing.</summary>
    static abstract bool IsEmpty(in TPlace place);

    /// <summary>The hash (<see cref="object.GetHashCode"/>) of the key the place holds, kept there or read from the key.</summary>
    int HashOf(in TPlace place);
}

/// <summary>
/// What a <see cref="ProbingTable{TPlace}"/> must know of its places to find a key: also whether a place holds it.
/// </summary>
/// <typeparam name="TPlace">What one place of the table holds.</typeparam>
/// <typeparam name="TKey">What the table is searched by.</typeparam>
internal interface IProbe<TPlace, in TKey> : IPlaces<TPlace>
    where TPlace : struct
{
    /// <summary>Whether the place, not empty, holds the key, whose hash is given.</summary>
    bool Holds(in TPlace place, int hash, TKey key);
}
