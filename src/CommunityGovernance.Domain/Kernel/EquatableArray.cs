using System.Collections;
using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CommunityGovernance.Kernel;

/// <summary>
/// An immutable array that compares by its elements, so that events and snapshots holding collections keep
/// value equality (a rebuilt aggregate's snapshot equals the live one).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>Two arrays are equal when they have equal elements in the same order; the default value is empty.</remarks>
[JsonConverter(typeof(EquatableArrayJsonConverter))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps the given items.</summary>
    /// <param name="items">The items, in order.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items;

    /// <summary>Copies the given items.</summary>
    /// <param name="items">The items, in order.</param>
    public EquatableArray(IEnumerable<T> items) => _items = [.. items];

    /// <summary>The items as an immutable array.</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <inheritdoc />
    public int Count => Items.Length;

    /// <inheritdoc />
    public T this[int index] => Items[index];

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Enumerates the items without boxing.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>The items, comma-separated, in brackets.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"[{string.Join(", ", Items)}]";

    /// <summary>Whether two arrays have equal items in the same order.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Whether two arrays differ.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
}
