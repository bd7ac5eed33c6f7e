using System.Globalization;

namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// The evaluation printed: per list (the main needs, the held-out ones) a key=value summary line overall and per
/// kind of need (bench/run reads these), then one line a need, then the needs worse than the recorded run.
/// With <c>verbose</c> each query's first hits follow its need, graded (unjudged "-").
/// </summary>
public static class RelevanceReport
{
    public static void Write(IReadOnlyList<NeedScore> scores, IReadOnlyList<RecordedScore> last, TextWriter output, bool verbose)
    {
        var before = last.ToDictionary(r => (r.Set, r.Need));
        foreach (var set in scores.GroupBy(s => s.Need.Set))
        {
            output.WriteLine(Summary($"relevance set={set.Key}", set.ToList()));
            foreach (var kind in set.GroupBy(s => s.Need.Kind).OrderBy(k => k.Key))
            {
                output.WriteLine(Summary($"kind set={set.Key} kind={kind.Key.Name()}", kind.ToList()));
            }
        }

        output.WriteLine();
        output.WriteLine($"{"need",-40} {"kind",-13} {"nDCG@10",7} {"MRR",6} {"R@20",6}  recorded nDCG@10");
        foreach (var score in scores)
        {
            var was = before.TryGetValue((score.Need.Set, score.Need.Id), out var r) ? F(r.Ndcg) : "new";
            output.WriteLine($"{score.Need.Set + "/" + score.Need.Id,-40} {score.Need.Kind.Name(),-13} {F(score.Ndcg),7} {F(score.ReciprocalRank),6} {F(score.Recall),6}  {was}");
            if (verbose)
            {
                Details(score, output);
            }
        }

        var worse = RelevanceRuns.Worse(scores, last);
        output.WriteLine();
        output.WriteLine(last.Count == 0 ? "no recorded run to compare with" : $"worse than the recorded run: {worse.Count}");
        foreach (var line in worse)
        {
            output.WriteLine("  " + line);
        }
    }

    private static string Summary(string label, IReadOnlyList<NeedScore> scores) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{label} needs={scores.Count} queries={scores.Sum(s => s.Queries.Count)} ndcg10={scores.Average(s => s.Ndcg):0.000} " +
            $"mrr={scores.Average(s => s.ReciprocalRank):0.000} recall20={scores.Average(s => s.Recall):0.000}");

    private static void Details(NeedScore score, TextWriter output)
    {
        foreach (var (judgement, ids) in score.Need.Judgements.Zip(score.Resolved.Named).Where(j => j.Second.Count > 1))
        {
            output.WriteLine($"    line {judgement.Line} names {ids.Count} records: {string.Join(", ", ids)}");
        }

        foreach (var query in score.Queries)
        {
            output.WriteLine($"    query \"{query.Query.Text}\": nDCG@10 {F(query.Ndcg)}, RR {F(query.ReciprocalRank)}, R@20 {F(query.Recall)}{(query.Error is { } e ? $" ({e})" : "")}");
            foreach (var (hit, rank) in query.Hits.Take(RelevanceEvaluator.NdcgDepth).Select((h, i) => (h, i + 1)))
            {
                var title = hit.Title.Length > 70 ? hit.Title[..70] + "..." : hit.Title;
                output.WriteLine($"      {rank,2}. [{hit.Grade?.ToString(CultureInfo.InvariantCulture) ?? "-"}] {hit.Kind,-10} {title}  ({hit.Id})");
            }
        }

        var found = score.Queries.SelectMany(q => q.Hits.Select(h => h.Id)).ToHashSet();
        foreach (var (id, grade) in score.Resolved.Grades.Where(g => g.Value > 0 && !found.Contains(g.Key)))
        {
            output.WriteLine($"      not in any query's first {RelevanceEvaluator.RecallDepth}: [{grade}] {id}");
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
