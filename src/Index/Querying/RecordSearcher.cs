using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Facets;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Snippets;
using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// One search: the page of hits and the facet counts, in one pass over the matching documents.
/// Facets are drill-sideways (<see cref="SidewaysCollector"/>): a dimension's counts apply every
/// filter but its own, so the sidebar still offers the values the user could switch to.
/// </summary>
internal static class RecordSearcher
{
    public static SearchResults Search(IndexSearcher searcher, Analyzer analyzer, SearchRequest request)
    {
        var query = UserQueryParser.Parse(request.Query, analyzer);
        var filters = new SearchFilters(request);

        var pageSize = Math.Max(1, request.PageSize);
        var start = (long)(Math.Max(1, request.Page) - 1) * pageSize;
        var wanted = (int)Math.Clamp(start + pageSize, 1, Math.Max(1, searcher.IndexReader.MaxDoc));
        // A blank query scores every record alike, so "relevance" would be index order: list newest first.
        var byDate = request.Sort == SearchSort.Date || string.IsNullOrWhiteSpace(request.Query);
        ITopDocsCollector top = byDate
            ? TopFieldCollector.Create(ByDate, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);

        var sideways = new SidewaysCollector(top, filters.Facets);
        try
        {
            searcher.Search(query, filters.Base, sideways);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new QuerySyntaxException(QueryErrors.TooManyClauses(request.Query ?? ""), e);
        }

        var snippets = new SnippetBuilder(analyzer, QueryTerms.From(query));
        var topDocs = start >= int.MaxValue ? null : top.GetTopDocs((int)start, pageSize);
        var hits = (topDocs?.ScoreDocs ?? [])
            .Select(hit =>
            {
                var record = RecordDocument.Read(searcher.Doc(hit.Doc));
                return new SearchHit(record, float.IsNaN(hit.Score) ? 0f : hit.Score, snippets.Build(record));
            })
            .ToList();
        return new SearchResults(top.TotalHits, hits, sideways.Facets());
    }

    /// <summary>Newest meeting first; undated records last; equal dates by score.</summary>
    private static readonly Sort ByDate = new(
        new SortField(FieldNames.DateSort, SortFieldType.INT32, reverse: true),
        SortField.FIELD_SCORE);
}
