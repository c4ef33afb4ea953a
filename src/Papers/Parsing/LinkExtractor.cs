using System;
using System.Collections.Generic;

namespace Papers.Parsing;

/// <summary>
/// Finds http(s) links in prose and classifies them. Sentence punctuation and TeX leftovers that stick to a
/// URL at the end of a sentence (<c>.</c> <c>,</c> <c>;</c> <c>:</c> <c>)</c> <c>}</c> <c>]</c> quotes) are
/// not part of it; a closing bracket stays when the URL opened one (<c>…/Foo_(bar)</c>).
/// </summary>
internal static class LinkExtractor
{
    /// <summary>Longer runs are not links (and bounding them keeps bracket matching linear).</summary>
    public const int MaxUrlLength = 2048;

    public static IReadOnlyList<PaperLink> Extract(string text)
    {
        if (text.IndexOf("://", StringComparison.Ordinal) < 0)
        {
            return Array.Empty<PaperLink>();
        }

        // A link is "http://" or "https://" (any case) and the run of characters after it up to white space or one
        // of < > " ' ` \. One linear scan from each "://" (a hand-written loop: every digest abstract passes
        // through here at build time, and a regex costs the generator its construction and interpretation).
        var links = new List<PaperLink>();
        int from = 0;
        int separator;
        while ((separator = text.IndexOf("://", from, StringComparison.Ordinal)) >= 0)
        {
            // Without a scheme (ftp://…) or a host the search goes on right after this separator, since a link may
            // follow inside the same run; the run is not scanned first, or "x://" repeated would be quadratic. A
            // link, even an over-long one left out, is consumed whole, so every character is scanned once.
            int start = SchemeStart(text, separator, from);
            int end = separator + 3;
            if (start < 0 || end >= text.Length || !IsUrlChar(text[end]))
            {
                from = separator + 3;
                continue;
            }

            while (end < text.Length && IsUrlChar(text[end]))
            {
                end++;
            }

            from = end;
            if (end - start > MaxUrlLength)
            {
                continue;
            }

            string url = TrimEnd(text.Substring(start, end - start));
            if (url.Length > "https://".Length && url.IndexOf("://", StringComparison.Ordinal) + 3 < url.Length)
            {
                links.Add(new PaperLink(url, Classify(url)));
            }
        }

        return links;
    }

    // Where "http" or "https" (ASCII letters, any case) ends right at the separator, not before `from`; else -1.
    private static int SchemeStart(string text, int separator, int from)
    {
        if (separator - 5 >= from && string.Compare(text, separator - 5, "https", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return separator - 5;
        }

        if (separator - 4 >= from && string.Compare(text, separator - 4, "http", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return separator - 4;
        }

        return -1;
    }

    private static bool IsUrlChar(char c) =>
        !char.IsWhiteSpace(c) && c != '<' && c != '>' && c != '"' && c != '\'' && c != '`' && c != '\\';

    public static LinkKind Classify(string url)
    {
        string host = Host(url);
        if (EndsWithHost(host, "github.io") || EndsWithHost(host, "gitlab.io") || host == "sites.google.com" || host.StartsWith("project", StringComparison.Ordinal))
        {
            return LinkKind.ProjectPage;
        }

        if (host == "github.com" || host == "gitlab.com" || host == "bitbucket.org" || host == "codeberg.org" ||
            host == "sourceforge.net" || host == "gitee.com" || host == "git.io")
        {
            return LinkKind.Code;
        }

        if (host == "huggingface.co" || host == "hf.co" || host == "zenodo.org" || host == "kaggle.com" ||
            host == "modelscope.cn" || host == "figshare.com" || host == "dataverse.harvard.edu")
        {
            return LinkKind.ModelOrDataset;
        }

        return LinkKind.Other;
    }

    /// <summary>The lower-cased host without <c>www.</c>, or "" when the URL has none.</summary>
    public static string Host(string url)
    {
        int start = url.IndexOf("://", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        start += 3;
        int end = start;
        while (end < url.Length && url[end] != '/' && url[end] != '?' && url[end] != '#' && url[end] != ':')
        {
            end++;
        }

        string host = url.Substring(start, end - start).ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host.Substring(4) : host;
    }

    private static bool EndsWithHost(string host, string suffix) =>
        host == suffix || host.EndsWith("." + suffix, StringComparison.Ordinal);

    // Strips trailing punctuation in one backward pass. A closing bracket stays when the URL before it opened one
    // more than it closed; the balance is kept as characters are stripped, not recounted for each one.
    private static string TrimEnd(string url)
    {
        int parens = Balance(url, '(', ')');
        int brackets = Balance(url, '[', ']');
        int end = url.Length;
        while (end > 0)
        {
            char c = url[end - 1];
            bool strip = c switch
            {
                '.' or ',' or ';' or ':' or '!' or '?' or '}' or '{' or '*' or '$' or '\u201D' or '\u2019' => true,
                ')' => parens < 0, // more closers than openers: this one is the sentence's, not the URL's
                ']' => brackets < 0,
                _ => false,
            };
            if (!strip)
            {
                break;
            }

            parens += c == ')' ? 1 : 0;
            brackets += c == ']' ? 1 : 0;
            end--;
        }

        return url.Substring(0, end);
    }

    // Openers minus closers over the whole URL.
    private static int Balance(string url, char open, char close)
    {
        int depth = 0;
        foreach (char c in url)
        {
            depth += c == open ? 1 : c == close ? -1 : 0;
        }

        return depth;
    }
}
