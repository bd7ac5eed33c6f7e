using AgendaSearch.Index.Search;
using AgendaSearch.Records;

namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// Runs each query of each need through <see cref="ISearchIndex.Search"/> (what /api/search runs) and measures the
/// first page against the need's graded records: nDCG@<see cref="NdcgDepth"/>, the reciprocal rank of the first hit
/// graded 1 or 2, and recall@<see cref="RecallDepth"/> of the records graded 1 or 2.
/// </summary>
public static class RelevanceEvaluator
{
    public const int NdcgDepth = 10;
    public const int RecallDepth = 20;

    public static IReadOnlyList<NeedScore> Evaluate(RelevanceCorpus corpus, IEnumerable<InformationNeed> needs) =>
        needs.Select(need => Score(corpus.Index, JudgementResolver.Resolve(need, corpus.Packs))).ToList();

    public static NeedScore Score(ISearchIndex index, ResolvedNeed resolved)
    {
        var judged = resolved.Grades.Values.ToList();
        var relevant = judged.Count(g => g > 0);
        var queries = new List<QueryScore>();
        foreach (var query in resolved.Need.Queries)
        {
            IReadOnlyList<SearchHit> hits;
            try
            {
                hits = index.Search(query.Request with { Page = 1, PageSize = RecallDepth }).Hits;
            }
            catch (QuerySyntaxException e)
            {
                queries.Add(new QueryScore(query, 0, 0, 0, [], e.Message));
                continue;
            }

            var ranked = hits.Select(h => resolved.Grades.TryGetValue(h.Record.Id, out var g) ? g : 0).ToList();
            var shown = hits
                .Select(h => new RankedHit(h.Record.Id, h.Record.Type.Name(), h.Record.Title, resolved.Grades.TryGetValue(h.Record.Id, out var g) ? g : null))
                .ToList();
            queries.Add(new QueryScore(
                query,
                RelevanceMetrics.Ndcg(ranked, judged, NdcgDepth),
                RelevanceMetrics.ReciprocalRank(ranked),
                RelevanceMetrics.Recall(ranked, relevant, RecallDepth),
                shown));
        }

        return new NeedScore(resolved, queries);
    }
}
