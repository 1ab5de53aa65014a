using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CommunityGovernance.Rights;

/// <summary>
/// An actor id as the holder table compares it. An id of at most 16 ASCII characters (an area code, <c>SO-510115001</c>,
/// most vendors' ids) is packed into two words, one byte a character, which the table keeps in the holder's entry: the
/// probe that brings the entry in compares the id there, without a second wait for the stored text. Any other id is
/// compared by its text.
/// </summary>
/// <remarks>
/// An id of 8 to 16 characters is packed as its first eight and its last eight, which overlap below 16 and together
/// cover every character, so two packed ids of the same length are equal exactly when their words are; a shorter one
/// fills the first word and leaves the second zero. <see cref="Length"/> is 0 for an id that is not packed, and an id is
/// packed or not by its text alone, so a packed key never meets an unpacked id's entry as equal.
/// </remarks>
internal readonly struct HolderKey
{
    /// <summary>The longest id packed.</summary>
    public const int MaxPacked = 16;

    private HolderKey(string text, ulong head, ulong tail, byte length) => (Text, Head, Tail, Length) = (text, head, tail, length);

    /// <summary>The id's text.</summary>
    public string Text { get; }

    /// <summary>The first (up to) eight characters, a byte each, the first in the lowest byte.</summary>
    public ulong Head { get; }

    /// <summary>The last eight characters of an id of 8 or more; 0 for a shorter one.</summary>
    public ulong Tail { get; }

    /// <summary>The id's length when packed, or 0 when it is compared by its text.</summary>
    public byte Length { get; }

    /// <summary>The key of an id's text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static HolderKey Of(string text)
    {
        var length = text.Length;
        if (length is >= 8 and <= MaxPacked && Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            var head = Vector128.LoadUnsafe(ref first);
            var tail = Vector128.LoadUnsafe(ref first, (nuint)(length - 8));
            if (((head | tail) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
            {
                return new HolderKey(text, 0, 0, 0);
            }

            var packed = Vector128.Narrow(head, tail).AsUInt64();
            return new HolderKey(text, packed.GetElement(0), packed.GetElement(1), (byte)length);
        }

        return OfScalar(text);
    }

    /// <summary>The same key as <see cref="Of"/>, one character at a time: for short ids and processors without vectors.</summary>
    internal static HolderKey OfScalar(string text)
    {
        var length = text.Length;
        if (length is 0 or > MaxPacked)
        {
            return new HolderKey(text, 0, 0, 0);
        }

        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                return new HolderKey(text, 0, 0, 0);
            }
        }

        return length < 8
            ? new HolderKey(text, Pack(text, 0, length), 0, (byte)length)
            : new HolderKey(text, Pack(text, 0, 8), Pack(text, length - 8, 8), (byte)length);
    }

    private static ulong Pack(string text, int start, int count)
    {
        var packed = 0UL;
        for (var i = 0; i < count; i++)
        {
            packed |= (ulong)text[start + i] << (8 * i);
        }

        return packed;
    }
}
