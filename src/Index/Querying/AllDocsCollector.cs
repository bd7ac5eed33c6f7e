using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// Every matching document id, unscored: for reads that need all matches (a pack's records, a
/// meeting's records), where a top-N collector sized to the whole index would allocate a heap of
/// that size for nothing.
/// </summary>
internal sealed class AllDocsCollector : ICollector
{
    private readonly List<int> _docs = [];
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public static IReadOnlyList<int> Search(IndexSearcher searcher, Query query, Filter? filter = null)
    {
        var collector = new AllDocsCollector();
        searcher.Search(query, filter, collector);
        return collector._docs;
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => _docs.Add(_docBase + doc);
}
