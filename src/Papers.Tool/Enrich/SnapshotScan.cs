using System.Numerics;
using System.Text;

namespace Papers.Tool.Enrich;

/// <summary>
/// One core's share of a snapshot scan: compares the records of the windows it is given with the queries, straight
/// from the lines' bytes. Per record: its head (id, title), its title's key and words, a lookup of the key and of
/// each word; only the few records that share enough rare words with a query are compared character by character,
/// and only a candidate's line is read whole.
/// </summary>
internal sealed class SnapshotScan
{
    private readonly QueryIndex _index;
    private readonly SnapshotFindings _found;

    // The byte offset of the record that last looked at each query (so it is compared once).
    private readonly long[] _seen;
    private readonly ushort[] _letters = new ushort[TitleText.LetterBins];
    private byte[] _key = new byte[TitleText.AsciiKeyRoom];
    private char[] _chars = new char[1024];
    private int[] _wordEnds = new int[256];
    private int[] _recordWords = new int[256];

    /// <param name="found">Where what the scan finds goes (shared by the cores).</param>
    public SnapshotScan(QueryIndex index, SnapshotFindings found)
    {
        _index = index;
        _found = found;
        _seen = new long[index.Keys.Length];
        _seen.AsSpan().Fill(-1);
    }

    public long Records { get; private set; }

    /// <summary>
    /// Scans whole lines that start at byte <paramref name="offset"/> of the file; the lines that are not records
    /// go to <paramref name="skipped"/> by their index among these lines. Returns how many lines there were.
    /// </summary>
    public long Run(ReadOnlySpan<byte> lines, long offset, List<long> skipped)
    {
        long count = 0;
        while (lines.Length > 0)
        {
            int newline = lines.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = newline < 0 ? lines : lines.Slice(0, newline);
            lines = newline < 0 ? ReadOnlySpan<byte>.Empty : lines.Slice(newline + 1);
            long stamp = offset;
            offset += newline + 1;
            long number = count++;
            if (line.TrimEnd("\r\t "u8).IsEmpty)
            {
                continue;
            }

            if (!SnapshotLine.TryReadHead(line, out SnapshotLine.Head head))
            {
                skipped.Add(number);
                continue;
            }

            Records++;
            if (!Look(line, head, stamp))
            {
                skipped.Add(number);
            }
        }

        return count;
    }

    // Compares one record with the queries; false when its line, read whole, is not a valid record.
    private bool Look(ReadOnlySpan<byte> line, SnapshotLine.Head head, long stamp)
    {
        ArxivRecord? record = null;
        bool broken = false;
        ArxivRecord? Whole(ReadOnlySpan<byte> text)
        {
            if (record is null && !broken)
            {
                record = SnapshotLine.Parse(text);
                broken = record is null;
            }

            return record;
        }

        QueryIndex index = _index;
        if (!index.ById.IsEmpty)
        {
            foreach (int q in AskedFor(index, head.Id(line), head.IdEscaped))
            {
                if (Whole(line) is ArxivRecord found)
                {
                    _found.FoundById(q, found, stamp);
                }
            }
        }

        int words = Words(head.Title(line), head.TitleEscaped, out int keyBytes, out int keyChars);
        foreach (int q in index.ByKey.Find(_key.AsSpan(0, keyBytes)))
        {
            // Already a candidate at 1: marked as seen, so the similar-title pass skips it.
            _seen[q] = stamp;
            if (Whole(line) is ArxivRecord same)
            {
                _found.FoundByTitle(q, new Candidate(same, 1));
            }
        }

        // The record's signature words (each once), then the queries they are a probe word of, each checked once.
        int signatures = 0;
        ulong mask = 0;
        for (int w = 0, start = 0; w < words; start = _wordEnds[w++])
        {
            int id = index.Words.Find(_key.AsSpan(start, _wordEnds[w] - start));
            if (id >= 0 && Array.IndexOf(_recordWords, id, 0, signatures) < 0)
            {
                _recordWords[signatures++] = id;
                mask |= QueryIndex.Bit(id);
            }
        }

        ReadOnlySpan<char> key = default;
        for (int f = 0; f < signatures; f++)
        {
            int id = _recordWords[f];
            foreach (ref readonly QueryIndex.Probe probe in index.Probes.AsSpan(index.ProbeStarts[id], index.ProbeStarts[id + 1] - index.ProbeStarts[id]))
            {
                // A key too long or too short to be alike, or too few shared bits: the same answer for each of the
                // query's probe words, so the query need not be marked as seen.
                if ((uint)(keyChars - probe.ShortestKey) > (uint)(probe.LongestKey - probe.ShortestKey)
                    || BitOperations.PopCount(probe.Mask & mask) < probe.BitsNeeded || _seen[probe.Query] == stamp)
                {
                    continue;
                }

                int q = probe.Query;
                _seen[q] = stamp;
                if (Shared(q, signatures) < QueryIndex.SharedWordsNeeded(index.Signatures[q]))
                {
                    continue;
                }

                // Letters that one key has and the other lacks each cost an edit: most records stop here.
                if (key.IsEmpty)
                {
                    key = KeyChars(keyBytes);
                    TitleText.CountLetters(key, _letters);
                }

                string queryKey = index.Keys[q];
                if (!TitleText.MayBeAlike(queryKey.Length, index.Letters.AsSpan(q * TitleText.LetterBins, TitleText.LetterBins), key.Length, _letters, TitleMatcher.Floor))
                {
                    continue;
                }

                double score = TitleText.Similarity(queryKey, key, TitleMatcher.Floor);
                if (score >= TitleMatcher.Floor && Whole(line) is ArxivRecord alike)
                {
                    _found.FoundByTitle(q, new Candidate(alike, score));
                }
            }
        }

        return !broken;
    }

    // The queries that asked for this id; plain ASCII ids (all of arXiv's) are looked up as they are.
    private static ReadOnlySpan<int> AskedFor(QueryIndex index, ReadOnlySpan<byte> id, bool escaped)
    {
        id = id.Trim(" \t"u8);
        return escaped ? index.ById.Find(Encoding.UTF8.GetBytes(SnapshotLine.Decode(id, escaped).Trim())) : index.ById.Find(id);
    }

    // The title's key into _key (UTF-8) and its word ends into _wordEnds: without allocating for plain titles.
    private int Words(ReadOnlySpan<byte> json, bool escaped, out int keyBytes, out int keyChars)
    {
        if (TitleText.TryAscii(json, _key, _wordEnds, out keyBytes, out int count))
        {
            keyChars = keyBytes;
            return count;
        }

        string[] words = TitleText.Words(SnapshotLine.Decode(json, escaped));
        keyChars = words.Sum(w => w.Length);
        if (Encoding.UTF8.GetMaxByteCount(keyChars) > _key.Length)
        {
            _key = new byte[Encoding.UTF8.GetMaxByteCount(keyChars) * 2];
        }

        if (words.Length > _wordEnds.Length)
        {
            _wordEnds = new int[words.Length * 2];
            _recordWords = new int[words.Length * 2];
        }

        keyBytes = 0;
        for (int w = 0; w < words.Length; w++)
        {
            keyBytes += Encoding.UTF8.GetBytes(words[w], _key.AsSpan(keyBytes));
            _wordEnds[w] = keyBytes;
        }

        return words.Length;
    }

    // The key as characters, for the few records compared with a query character by character.
    private ReadOnlySpan<char> KeyChars(int keyBytes)
    {
        if (_chars.Length < keyBytes)
        {
            _chars = new char[keyBytes * 2];
        }

        return _chars.AsSpan(0, Encoding.UTF8.GetChars(_key.AsSpan(0, keyBytes), _chars));
    }

    // How many of query q's signature words the record has (its own are the first `found` of _recordWords).
    private int Shared(int q, int found)
    {
        int shared = 0;
        ReadOnlySpan<int> mine = _recordWords.AsSpan(0, found);
        foreach (int id in _index.SignatureIds.AsSpan(q * QueryIndex.SignatureWords, _index.Signatures[q]))
        {
            shared += mine.Contains(id) ? 1 : 0;
        }

        return shared;
    }
}
