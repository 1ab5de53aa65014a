namespace CommunityGovernance.Rights;

public sealed partial class GovernanceRightsIndex
{
    /// <summary>
    /// Makes this index equal to <paramref name="source"/>: a copy of its state, not a view of it, reusing this index's
    /// arrays where they are of the source's size. Cheaper than applying the source's events again once there are many
    /// (memory copies instead of a probe and a chain walk per event): <see cref="LiveGovernanceRightsIndex"/> brings its
    /// second copy up this way after a catch-up.
    /// </summary>
    /// <param name="source">The index to copy; not changed, and read by nobody but the caller meanwhile.</param>
    internal void CopyFrom(GovernanceRightsIndex source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _holders = source._holders.CopyInto(_holders.Length == source._holders.Length ? _holders.Places : new HolderEntry[source._holders.Length]);
        _ids = source._ids.CopyInto(_ids.Length == source._ids.Length ? _ids.Places : LongLived<PositionPlace>(source._ids.Length));
        _holderPlaces = CopyLongLived(source._holderPlaces, _holderPlaces);
        _slots = CopyLongLived(source._slots, _slots);
        _records = CopyLongLived(source._records, _records);
        _rightIds = _rightIds.Length == source._rightIds.Length ? _rightIds : new GovernanceRightId[source._rightIds.Length];
        Array.Copy(source._rightIds, _rightIds, source._rightIds.Length);
        Replace(_livingOrdinals, source._livingOrdinals);
        _livingCommunities.Clear();
        _livingCommunities.AddRange(source._livingCommunities);
        Replace(_manyRightsHeads, source._manyRightsHeads);
        Replace(_beyondRange, source._beyondRange);
        Replace(_revocations, source._revocations);
        Replace(_revokedWith, source._revokedWith);
        _established = source._established.CopyInto(_established.Length == source._established.Length ? _established.Places : LongLived<UnitPlace>(source._established.Length));
        _establishedCount = source._establishedCount;
        _holderCount = source._holderCount;
        _count = source._count;
        _lastParent = source._lastParent;
        _lastParentSlot = source._lastParentSlot;
    }

    private static T[] CopyLongLived<T>(T[] source, T[] reuse)
        where T : unmanaged
    {
        var target = reuse.Length == source.Length ? reuse : LongLived<T>(source.Length);
        Array.Copy(source, target, source.Length);
        return target;
    }

    private static void Replace<TKey, TValue>(Dictionary<TKey, TValue> target, Dictionary<TKey, TValue> source)
        where TKey : notnull
    {
        target.Clear();
        target.EnsureCapacity(source.Count);
        foreach (var (key, value) in source)
        {
            target.Add(key, value);
        }
    }
}
