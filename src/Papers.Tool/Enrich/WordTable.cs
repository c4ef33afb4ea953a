using System.Buffers.Binary;
using System.Text;

namespace Papers.Tool.Enrich;

/// <summary>
/// A fixed set of texts, each with a number 0…Count-1, looked up by their UTF-8 bytes: open addressing over one flat
/// array of slots that hold each text's length and first eight bytes (all of most words, so a lookup touches one slot
/// and no pool), behind a bit per hash value small enough to stay in the core's first cache. The snapshot scan looks up every record's every title word and its whole title key straight from
/// the line's bytes; a dictionary of strings spent most of that time on cache misses in strings spread over the heap
/// and on hashing characters one at a time.
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
        _bytes = new byte[words.Sum(Encoding.UTF8.GetByteCount)];
        for (int id = 0; id < words.Count; id++)
        {
            _starts[id + 1] = _starts[id] + Encoding.UTF8.GetBytes(words[id], _bytes.AsSpan(_starts[id]));
            ReadOnlySpan<byte> word = Word(id);
            ulong prefix = Prefix(word);
            ulong hash = Hash(word, prefix);
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
        ulong prefix = Prefix(word);
        return Find(word, prefix, Hash(word, prefix));
    }

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

    // A text's first eight bytes as a number, zeros after a shorter text's end (read without reading past it).
    private static ulong Prefix(ReadOnlySpan<byte> text)
    {
        if (text.Length >= 8)
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(text);
        }

        if (text.Length >= 4)
        {
            // Two four-byte reads that overlap agree on the bytes they share.
            return BinaryPrimitives.ReadUInt32LittleEndian(text) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(text.Slice(text.Length - 4)) << ((text.Length - 4) * 8));
        }

        ulong prefix = 0;
        for (int i = 0; i < text.Length; i++)
        {
            prefix |= (ulong)text[i] << (i * 8);
        }

        return prefix;
    }

    private ReadOnlySpan<byte> Word(int id) => _bytes.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    // The filter takes bits from the middle of the hash, apart from the slot's low bits.
    private static int FilterBit(ulong hash) => (int)(hash >> 16) & (FilterBits - 1);

    // The prefix (all of a short word) and then eight bytes at a time (the last eight overlapping), so a title word
    // costs one or two multiplications, then mixed so that every bit of the result depends on every byte.
    private static ulong Hash(ReadOnlySpan<byte> text, ulong prefix)
    {
        ulong hash = Mix(0x9E3779B97F4A7C15UL ^ (ulong)text.Length, prefix);
        for (int i = 8; i < text.Length; i += 8)
        {
            hash = Mix(hash, BinaryPrimitives.ReadUInt64LittleEndian(text.Slice(Math.Min(i, text.Length - 8))));
        }

        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 29;
        return hash;
    }

    private static ulong Mix(ulong hash, ulong value)
    {
        hash = (hash ^ value) * 0xFF51AFD7ED558CCDUL;
        return hash ^ (hash >> 32);
    }

    /// <summary>A text's length and first eight bytes, and its number + 1 (0: an empty slot).</summary>
    private readonly record struct Slot(ulong Prefix, int Length, int Number);
}
