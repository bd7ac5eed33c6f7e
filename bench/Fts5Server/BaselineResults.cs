namespace AgendaSearch.Fts5Server;

/// <summary>A hit: the record summary as stored (JSON), the FTS5 snippet and the bm25 score (higher is better).</summary>
internal sealed record BaselineHit(string Summary, string? Snippet, double Score);

/// <summary>One page of hits, the total and the facet counts, highest first.</summary>
internal sealed record BaselineResults(int Total, IReadOnlyList<BaselineHit> Hits, IReadOnlyDictionary<string, List<(string Value, int Count)>> Facets);
