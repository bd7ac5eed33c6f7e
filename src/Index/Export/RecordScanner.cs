using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Querying;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Snippets;
using AgendaSearch.Index.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Export;

/// <summary>
/// A search for export: the same query, filters and order as <see cref="RecordSearcher"/>, but every
/// hit up to a limit and no facets. Matches are counted first so the collector is sized to what
/// there is (a top-N collector pre-allocates N entries), then collected as document numbers; stored
/// fields are read one record at a time while the caller enumerates.
/// </summary>
internal static class RecordScanner
{
    /// <param name="lease">Owned by the returned scan (released on its Dispose).</param>
    public static HitScan Scan(SearcherLease lease, Analyzer analyzer, RankingOptions ranking, SearchRequest request, int limit)
    {
        var searcher = lease.Searcher;
        var filter = new SearchFilters(request).All();

        var (plan, counter) = RecordSearcher.Planned(searcher, analyzer, ranking, request, plan =>
        {
            var counted = new TotalHitCountCollector();
            RecordSearcher.Run(searcher, plan.Scored, filter, counted, request.Query);
            return (counted, counted.TotalHits);
        });

        var wanted = Math.Min(counter.TotalHits, Math.Max(0, limit));
        ScoreDoc[] docs = [];
        if (wanted > 0)
        {
            var top = RecordSearcher.TopCollector(request, wanted);
            RecordSearcher.Run(searcher, plan.Scored, filter, top, request.Query);
            docs = top.GetTopDocs().ScoreDocs;
        }

        var snippets = new SnippetBuilder(analyzer, QueryTerms.From(plan.Typed));
        return new HitScan(counter.TotalHits, docs.Length, Read(lease, docs, snippets), lease);
    }

    private static IEnumerable<SearchHit> Read(SearcherLease lease, ScoreDoc[] docs, SnippetBuilder snippets)
    {
        foreach (var doc in docs)
        {
            var record = RecordDocument.Read(lease.Searcher.IndexReader, doc.Doc);
            yield return new SearchHit(record, float.IsNaN(doc.Score) ? 0f : doc.Score, snippets.Build(record));
        }
    }
}
