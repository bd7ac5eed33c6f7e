using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Facets;
using AgendaSearch.Index.Glossary;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Snippets;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// One search: the page of hits and the facet counts, in one pass over the matching documents.
/// Facets are drill-sideways (<see cref="SidewaysCollector"/>): a dimension's counts apply every
/// filter but its own, so the sidebar still offers the values the user could switch to.
/// </summary>
internal static class RecordSearcher
{
    public static SearchResults Search(IndexSearcher searcher, Analyzer analyzer, RankingOptions ranking, SearchRequest request) =>
        BrowseCache.Applies(request)
            ? BrowseCache.GetOrAdd(searcher.IndexReader, request, () => Compute(searcher, analyzer, ranking, request))
            : Compute(searcher, analyzer, ranking, request);

    private static SearchResults Compute(IndexSearcher searcher, Analyzer analyzer, RankingOptions ranking, SearchRequest request)
    {
        var filters = new SearchFilters(request);

        var pageSize = Math.Max(1, request.PageSize);
        var start = (long)(Math.Max(1, request.Page) - 1) * pageSize;
        var wanted = (int)Math.Clamp(start + pageSize, 1, Math.Max(1, searcher.IndexReader.MaxDoc));
        var (plan, (top, sideways)) = Planned(searcher, analyzer, ranking, request, plan =>
        {
            var collected = Collect(searcher, plan, filters, request, wanted);
            return (collected, collected.Top.TotalHits);
        });

        var snippets = new SnippetBuilder(analyzer, QueryTerms.From(plan.Typed));
        var topDocs = start >= int.MaxValue ? null : top.GetTopDocs((int)start, pageSize);
        var hits = Hits(searcher.IndexReader, topDocs?.ScoreDocs ?? [], snippets);
        if (request.Explain)
        {
            hits = HitExplainer.Explain(searcher, plan, topDocs?.ScoreDocs ?? [], hits);
        }

        return new SearchResults(top.TotalHits, hits, sideways.Facets(request.FacetLimit)) { Relaxed = plan.Relaxed, Expansions = plan.Expansions };
    }

    /// <summary>
    /// Runs the request's ranked query through <paramref name="run"/> and, when it matches nothing, the relaxed one
    /// (<see cref="RankedQuery.Relaxed"/>), with the same acronym expansions: one rule for every result list, so search
    /// and exports agree. Returns the plan that ran last with what <paramref name="run"/> gave for it.
    /// </summary>
    internal static (QueryPlan Plan, T Result) Planned<T>(
        IndexSearcher searcher, Analyzer analyzer, RankingOptions ranking, SearchRequest request, Func<QueryPlan, (T Result, int Total)> run)
    {
        var expand = AcronymExpansion.For(searcher.IndexReader, analyzer, request.Councils);
        var plan = RankedQuery.Plan(request.Query, analyzer, ranking, expand);
        var (result, total) = run(plan);
        if (total == 0 && RankedQuery.Relaxed(request.Query, analyzer, ranking, expand) is { } relaxed)
        {
            plan = relaxed;
            (result, _) = run(plan);
        }

        return (plan, result);
    }

    private static (ITopDocsCollector Top, SidewaysCollector Sideways) Collect(
        IndexSearcher searcher, QueryPlan plan, SearchFilters filters, SearchRequest request, int wanted)
    {
        var top = TopCollector(request, wanted);
        var ordinals = FacetOrdinals.For(searcher.IndexReader);
        var facetFilters = filters.Facets.Select(f => new FacetFilter(f.Dimension.Index, f.Keys, f.Excluded, ordinals));
        var sideways = new SidewaysCollector(top, ordinals, facetFilters);
        Run(searcher, plan.Scored, filters.Base, sideways, request.Query);
        return (top, sideways);
    }

    /// <summary>
    /// The page's hits in rank order, built in document order: each query term's postings are then read
    /// forward once for the page (<see cref="SegmentPostings"/>) instead of being sought afresh per hit.
    /// </summary>
    internal static SearchHit[] Hits(IndexReader reader, ScoreDoc[] page, SnippetBuilder snippets)
    {
        var hits = new SearchHit[page.Length];
        var byDoc = new int[page.Length];
        for (var i = 0; i < byDoc.Length; i++)
        {
            byDoc[i] = i;
        }

        Array.Sort(byDoc, (a, b) => page[a].Doc.CompareTo(page[b].Doc));
        foreach (var i in byDoc)
        {
            hits[i] = Hit(reader, page[i], snippets);
        }

        return hits;
    }

    /// <summary>
    /// A hit for a result list: the record without its text (lists show the snippet instead) and the
    /// snippet, which reads only the part of the text it shows.
    /// </summary>
    internal static SearchHit Hit(IndexReader reader, ScoreDoc hit, SnippetBuilder snippets)
    {
        var (segment, doc) = RecordDocument.Segment(reader, hit.Doc);
        var record = RecordDocument.Hit(segment, doc);
        var score = float.IsNaN(hit.Score) ? 0f : hit.Score;
        return new SearchHit(record, score, snippets.Build(record, RecordDocument.Text(segment, doc), segment, doc));
    }

    /// <summary>The top <paramref name="wanted"/> hits in the order the request asks for.</summary>
    internal static ITopDocsCollector TopCollector(SearchRequest request, int wanted)
    {
        // A blank query scores every record alike, so "relevance" would be index order: list newest first.
        var byDate = request.Sort == SearchSort.Date || string.IsNullOrWhiteSpace(request.Query);
        return byDate
            ? TopFieldCollector.Create(ByDate, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
    }

    /// <summary>Runs the search; a query that expands past the clause limit is the user's to narrow.</summary>
    internal static void Run(IndexSearcher searcher, Query query, Filter? filter, ICollector collector, string? text)
    {
        try
        {
            searcher.Search(query, filter, collector);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new QuerySyntaxException(QueryErrors.TooManyClauses(text ?? ""), e);
        }
    }

    /// <summary>
    /// Newest meeting first; undated records last; equal dates by score. The dates come from the field cache
    /// (the indexed date terms uninverted once per segment into an array): sorting on the numeric doc values
    /// instead decoded each document's value from the index file, most of a blank query's time (36,912
    /// records: 3.2 ms).
    /// </summary>
    private static readonly Sort ByDate = new(
        new SortField(FieldNames.Date, FieldCache.NUMERIC_UTILS_INT32_PARSER, reverse: true),
        SortField.FIELD_SCORE);
}
