using Lucene.Net.Search.Similarities;

namespace AgendaSearch.Index.Storage;

/// <summary>
/// The similarity of <see cref="RankingOptions.Similarity"/>. Both encode a field's length norm alike (one byte of
/// boost / sqrt(length)), so an index written under one is searched correctly under the other and switching needs
/// no reindex.
/// </summary>
internal static class RankingSimilarities
{
    public static Similarity Create(RankingOptions ranking) => ranking.Similarity switch
    {
        RankingSimilarity.Classic => new DefaultSimilarity(),
        _ => new BM25Similarity(ranking.Bm25K1, ranking.Bm25B),
    };
}
