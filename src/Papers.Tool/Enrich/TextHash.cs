using System.Buffers.Binary;

namespace Papers.Tool.Enrich;

/// <summary>
/// A 64-bit hash of a text's UTF-8 bytes, eight at a time, read in place from a buffer with room after the text.
/// The snapshot scan hashes every word of every record's title where the fold left it; the words are short and of
/// every length, and a hash that branched on the length (as one that reads no byte past the end must) mispredicted
/// on most of them.
/// </summary>
internal static class TextHash
{
    /// <summary>How many bytes after a text's end <see cref="Of"/> and <see cref="Prefix"/> may read (and ignore).</summary>
    public const int RoomAfter = 16;

    private const ulong Seed = 0x9E3779B97F4A7C15UL;

    /// <summary>
    /// The hash of <paramref name="buffer"/>'s first <paramref name="length"/> bytes, which have at least
    /// <see cref="RoomAfter"/> bytes after them (whatever those hold): the first sixteen bytes are read as two numbers
    /// whatever the length, the bytes past the end masked off, so a title word costs no branch on its length.
    /// </summary>
    public static ulong Of(ReadOnlySpan<byte> buffer, int length)
    {
        ulong hash = Mix(Mix(Seed ^ (ulong)length, Prefix(buffer, length)), Read(buffer, 8, Math.Clamp(length - 8, 0, 8)));
        for (int i = 16; i < length; i += 8)
        {
            hash = Mix(hash, Read(buffer, i, Math.Min(length - i, 8)));
        }

        return Finish(hash);
    }

    /// <summary>The first eight of those bytes as a number, zeros past the text's end.</summary>
    public static ulong Prefix(ReadOnlySpan<byte> buffer, int length) => Read(buffer, 0, Math.Min(length, 8));

    // The n (0 to 8) bytes at `at` as a number: eight read, the ones past n masked off.
    private static ulong Read(ReadOnlySpan<byte> buffer, int at, int bytes) => BinaryPrimitives.ReadUInt64LittleEndian(buffer.Slice(at)) & LowMasks[bytes];

    private static ReadOnlySpan<ulong> LowMasks =>
    [
        0, 0xFF, 0xFFFF, 0xFF_FFFF, 0xFFFF_FFFF, 0xFF_FFFF_FFFF, 0xFFFF_FFFF_FFFF, 0xFF_FFFF_FFFF_FFFF, ulong.MaxValue,
    ];

    private static ulong Mix(ulong hash, ulong value)
    {
        hash = (hash ^ value) * 0xFF51AFD7ED558CCDUL;
        return hash ^ (hash >> 32);
    }

    // Every bit of the result depends on every byte.
    private static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        return hash ^ (hash >> 29);
    }
}
