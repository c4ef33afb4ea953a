namespace Papers.Citations;

/// <summary>What a citation does to the case of a title.</summary>
public enum TitleCasing
{
    /// <summary>
    /// What citeproc-js does with the style's CSL file: titles as written, except where the style itself asks for
    /// title case (MLA, Chicago), which only capitalizes — it never lowers a letter.
    /// </summary>
    AsStyleFile,

    /// <summary>
    /// The style guide's own rule: sentence case for APA, Harvard, IEEE and Vancouver, headline case for MLA and
    /// Chicago — lowering ordinary words while keeping acronyms and mixed-case names (<c>E-ViLM</c>, <c>MLLMs</c>,
    /// <c>GPT-4V</c>, <c>BERT</c>) as written.
    /// </summary>
    StyleGuide,
}
