namespace Papers.Tool.Enrich;

/// <summary>
/// A fixed set of words, each with a number 0…Count-1, looked up by characters: open addressing over one flat array
/// of (hash, number) and one pool of characters, behind a bit per hash value small enough to stay in the core's
/// first cache. Every record's every title word is looked up, and most are in no query's signature; a dictionary of
/// strings spent most of that time on cache misses in strings spread over the heap.
/// </summary>
internal sealed class WordTable
{
    private const int FilterBits = 1 << 16;

    // (hash << 32) | (number + 1); 0 is an empty slot.
    private readonly ulong[] _slots;
    private readonly ulong[] _filter = new ulong[FilterBits / 64];
    private readonly int[] _starts;
    private readonly char[] _chars;

    public WordTable(IReadOnlyList<string> words)
    {
        int capacity = 16;
        while (capacity < words.Count * 2)
        {
            capacity *= 2;
        }

        _slots = new ulong[capacity];
        _starts = new int[words.Count + 1];
        _chars = new char[words.Sum(w => w.Length)];
        for (int id = 0; id < words.Count; id++)
        {
            words[id].CopyTo(_chars.AsSpan(_starts[id]));
            _starts[id + 1] = _starts[id] + words[id].Length;
            uint hash = Hash(words[id]);
            if (Find(words[id], hash) >= 0)
            {
                throw new ArgumentException($"The word '{words[id]}' is given twice.", nameof(words));
            }

            int slot = (int)(hash & (uint)(capacity - 1));
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            _slots[slot] = ((ulong)hash << 32) | (uint)(id + 1);
            _filter[(hash >> 16) % FilterBits / 64] |= 1UL << (int)((hash >> 16) % 64);
        }

        Count = words.Count;
    }

    public int Count { get; }

    /// <summary>The word's number, or -1 when it is not in the table.</summary>
    public int Find(ReadOnlySpan<char> word) => Find(word, Hash(word));

    private int Find(ReadOnlySpan<char> word, uint hash)
    {
        // The filter uses the hash's high half, the slots its low bits, so the two tell apart different words.
        if ((_filter[(hash >> 16) % FilterBits / 64] & (1UL << (int)((hash >> 16) % 64))) == 0)
        {
            return -1;
        }

        int mask = _slots.Length - 1;
        for (int slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            ulong entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            int id = (int)(uint)entry - 1;
            if ((uint)(entry >> 32) == hash && Word(id).SequenceEqual(word))
            {
                return id;
            }
        }
    }

    private ReadOnlySpan<char> Word(int id) => _chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    // FNV-1a over the characters, then mixed so that the low bits (the slot) depend on every character.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            hash = (hash ^ c) * 16777619;
        }

        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        return hash;
    }
}
