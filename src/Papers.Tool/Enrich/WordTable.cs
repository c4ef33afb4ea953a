using System.Text;

namespace Papers.Tool.Enrich;

/// <summary>
/// A fixed set of texts, each with a number 0…Count-1, looked up by their UTF-8 bytes: open addressing over one flat
/// array of slots that hold each text's length and first eight bytes (all of most words, so a lookup touches one slot
/// and no pool), behind a bit per hash value small enough to stay in the core's first cache. The snapshot scan looks
/// up every record's every title word and its whole title key straight from the bytes its fold wrote; a dictionary
/// of strings spent most of that time on cache misses in strings spread over the heap and on hashing characters one
/// at a time.
/// </summary>
internal sealed class WordTable
{
    private const int FilterBits = 1 << 16;

    private readonly Slot[] _slots;
    private readonly ulong[] _filter = new ulong[FilterBits / 64];
    private readonly int[] _starts;
    private readonly byte[] _bytes;

    public WordTable(IReadOnlyList<string> words)
    {
        int capacity = 16;
        while (capacity < words.Count * 2)
        {
            capacity *= 2;
        }

        _slots = new Slot[capacity];
        _starts = new int[words.Count + 1];
        // Each word has the next ones after it, and the last has the room a hash needs.
        _bytes = new byte[words.Sum(Encoding.UTF8.GetByteCount) + TextHash.RoomAfter];
        for (int id = 0; id < words.Count; id++)
        {
            _starts[id + 1] = _starts[id] + Encoding.UTF8.GetBytes(words[id], _bytes.AsSpan(_starts[id]));
            ReadOnlySpan<byte> word = Word(id);
            ulong prefix = TextHash.Prefix(_bytes.AsSpan(_starts[id]), word.Length);
            ulong hash = TextHash.Of(_bytes.AsSpan(_starts[id]), word.Length);
            if (Find(word, prefix, hash) >= 0)
            {
                throw new ArgumentException($"The word '{words[id]}' is given twice.", nameof(words));
            }

            int slot = (int)hash & (capacity - 1);
            while (_slots[slot].Number != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            _slots[slot] = new Slot(prefix, word.Length, id + 1);
            _filter[FilterBit(hash) / 64] |= 1UL << (FilterBit(hash) % 64);
        }

        Count = words.Count;
    }

    public int Count { get; }

    /// <summary>The number of the text with these UTF-8 bytes, or -1 when it is not in the table.</summary>
    public int Find(ReadOnlySpan<byte> word)
    {
        Span<byte> room = word.Length <= 240 ? stackalloc byte[word.Length + TextHash.RoomAfter] : new byte[word.Length + TextHash.RoomAfter];
        word.CopyTo(room);
        return Find(room, word.Length);
    }

    /// <summary>
    /// The same for the text that is <paramref name="buffer"/>'s first <paramref name="length"/> bytes, read in place:
    /// the buffer has <see cref="TextHash.RoomAfter"/> bytes after them.
    /// </summary>
    public int Find(ReadOnlySpan<byte> buffer, int length) =>
        Find(buffer.Slice(0, length), TextHash.Prefix(buffer, length), TextHash.Of(buffer, length));

    private int Find(ReadOnlySpan<byte> word, ulong prefix, ulong hash)
    {
        if ((_filter[FilterBit(hash) / 64] & (1UL << (FilterBit(hash) % 64))) == 0)
        {
            return -1;
        }

        int mask = _slots.Length - 1;
        for (int slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            ref readonly Slot entry = ref _slots[slot];
            if (entry.Number == 0)
            {
                return -1;
            }

            if (entry.Prefix == prefix && entry.Length == word.Length && (word.Length <= 8 || Word(entry.Number - 1).SequenceEqual(word)))
            {
                return entry.Number - 1;
            }
        }
    }

    private ReadOnlySpan<byte> Word(int id) => _bytes.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    // The filter takes bits from the middle of the hash, apart from the slot's low bits.
    private static int FilterBit(ulong hash) => (int)(hash >> 16) & (FilterBits - 1);

    /// <summary>A text's length and first eight bytes, and its number + 1 (0: an empty slot).</summary>
    private readonly record struct Slot(ulong Prefix, int Length, int Number);
}
