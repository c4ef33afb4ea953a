namespace Papers.Generators.Model;

/// <summary>Everything the emitter needs: the settings and every digest in ordinal path order.</summary>
internal sealed record CatalogModel(CatalogSettings Settings, EquatableArray<DigestModel> Digests, TopicsModel Topics, SidecarsModel? Sidecars = null);
