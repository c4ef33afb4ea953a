using System;
using System.Collections.Generic;
using System.Globalization;

namespace Papers.Export;

/// <summary>
/// The one rule every export format shares: text goes out exactly as the model holds it, NUL, controls and bidi
/// marks included, or not at all. A lone surrogate has no UTF-8 form (writers would silently put U+FFFD in its
/// place), so a paper that holds one is refused, with where.
/// </summary>
internal static class ExportText
{
    public static void Check(PaperRecord record)
    {
        Check(record, "id", record.Id);
        Check(record, "title", record.Title);
        Check(record, "abstract", record.Abstract);
        Check(record, "authors", record.Authors);
        Check(record, "arxiv_id", record.ArxivId);
        Check(record, "doi", record.Doi);
        Check(record, "url", record.Url);
        foreach (LinkRecord link in record.Links)
        {
            Check(record, "links", link.Url);
        }

        Check(record, "tags", record.Tags);
        Check(record, "topics", record.Topics);
        Check(record, "keyphrases", record.Keyphrases);
        Check(record, "digest_file", record.DigestFile);
    }

    private static void Check(PaperRecord record, string column, IReadOnlyList<string> values)
    {
        foreach (string value in values)
        {
            Check(record, column, value);
        }
    }

    private static void Check(PaperRecord record, string column, string? value)
    {
        int at = LoneSurrogate(value);
        if (at >= 0)
        {
            string code = ((int)value![at]).ToString("X4", CultureInfo.InvariantCulture);
            throw new ArgumentException(
                $"paper '{Printable(record.Id)}' ({record.DigestFile}:{record.DigestLine.ToString(CultureInfo.InvariantCulture)}): " +
                $"{column} holds a lone surrogate U+{code} at UTF-16 index {at.ToString(CultureInfo.InvariantCulture)}, which UTF-8 cannot carry; it is not exported");
        }
    }

    /// <summary>The index of the first surrogate that is not half of a pair, or -1.</summary>
    internal static int LoneSurrogate(string? value)
    {
        // Most text holds no surrogate at all: a vectorized search finds the first, or says there is none.
        int first = value is null ? -1 : value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return -1;
        }

        for (int i = first; i < value!.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    // The id itself may hold the surrogate or a line break; the message must still be one printable line.
    private static string Printable(string id)
    {
        char[] chars = id.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]) || char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
