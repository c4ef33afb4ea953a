namespace Papers.Citations;

/// <summary>Bibliography file formats for reference managers and TeX.</summary>
public enum ExportFormat
{
    /// <summary>BibTeX: <c>@misc</c> entries with <c>eprint</c>/<c>archivePrefix</c> for arXiv; ASCII, TeX-escaped.</summary>
    BibTeX,

    /// <summary>BibLaTeX: <c>@online</c> entries with <c>eprint</c>/<c>eprinttype</c> and ISO dates.</summary>
    BibLaTeX,

    /// <summary>RIS, one tag per line, for Zotero, EndNote, Mendeley.</summary>
    Ris,

    /// <summary>CSL-JSON, the schema citeproc-js and Zotero read.</summary>
    CslJson,
}
