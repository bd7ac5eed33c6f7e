namespace AgendaSearch.Index;

/// <summary>How a matched word is scored (<see cref="RankingOptions.Similarity"/>).</summary>
public enum RankingSimilarity
{
    /// <summary>Okapi BM25: repeated words saturate (k1) and length normalisation is tunable (b).</summary>
    Bm25,

    /// <summary>Lucene's classic TF-IDF (DefaultSimilarity), with its coordination factor.</summary>
    Classic,
}
