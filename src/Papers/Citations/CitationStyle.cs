namespace Papers.Citations;

/// <summary>The citation styles <see cref="PaperCitations"/> formats, each checked against citeproc-js and its CSL file.</summary>
public enum CitationStyle
{
    /// <summary>APA 7th edition (<c>apa.csl</c>).</summary>
    Apa,

    /// <summary>MLA 9th edition (<c>modern-language-association.csl</c>).</summary>
    Mla,

    /// <summary>Chicago Manual of Style 17th edition, author-date (<c>chicago-author-date.csl</c>).</summary>
    ChicagoAuthorDate,

    /// <summary>IEEE (<c>ieee.csl</c>): numbered in citation order.</summary>
    Ieee,

    /// <summary>Harvard, Cite Them Right (<c>harvard-cite-them-right.csl</c>).</summary>
    Harvard,

    /// <summary>Vancouver as the NLM recommends it (<c>nlm-citation-sequence.csl</c>): numbered in citation order.</summary>
    Vancouver,
}
