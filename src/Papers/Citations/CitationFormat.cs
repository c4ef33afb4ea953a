namespace Papers.Citations;

/// <summary>How a formatted citation is marked up.</summary>
public enum CitationFormat
{
    /// <summary>Plain text, as citeproc-js prints it: no markup, italics dropped.</summary>
    Text,

    /// <summary>Markdown: italics as <c>*…*</c>, Markdown's special characters escaped.</summary>
    Markdown,

    /// <summary>HTML: italics as <c>&lt;i&gt;</c>, every character HTML-escaped.</summary>
    Html,
}
