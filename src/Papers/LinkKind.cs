namespace Papers;

/// <summary>What a link in an abstract points at.</summary>
public enum LinkKind
{
    /// <summary>Anything not recognised below.</summary>
    Other = 0,

    /// <summary>A source-code repository (GitHub, GitLab, Bitbucket, Codeberg…).</summary>
    Code = 1,

    /// <summary>A model or dataset hub (Hugging Face, Kaggle datasets, Zenodo…).</summary>
    ModelOrDataset = 2,

    /// <summary>A project page (GitHub Pages, Google Sites, a lab's page…).</summary>
    ProjectPage = 3,
}
