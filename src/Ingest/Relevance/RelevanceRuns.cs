using System.Globalization;

namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// The recorded run (a TSV a person can diff: set, need, kind, nDCG@10, MRR, recall@20) and the needs that scored
/// worse than it. Scores are kept to four places, so a change smaller than <see cref="Tolerance"/> is no change.
/// </summary>
public static class RelevanceRuns
{
    public const double Tolerance = 0.0005;

    private const string Header = "# set\tneed\tkind\tndcg10\tmrr\trecall20 (written by `Bench relevance --record`)";

    public static IReadOnlyList<RecordedScore> Read(string path) =>
        !File.Exists(path)
            ? []
            : File.ReadLines(path)
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split('\t'))
                .Where(f => f.Length == 6)
                .Select(f => new RecordedScore(f[0], f[1], f[2], Number(f[3]), Number(f[4]), Number(f[5])))
                .ToList();

    public static string Write(IEnumerable<NeedScore> scores) =>
        string.Join('\n', [Header, .. scores.Select(s => string.Join('\t',
            s.Need.Set, s.Need.Id, s.Need.Kind.Name(), Format(s.Ndcg), Format(s.ReciprocalRank), Format(s.Recall)))]) + "\n";

    /// <summary>Needs with a lower nDCG@10, MRR or recall@20 than the recorded run gave them, with what changed.</summary>
    public static IReadOnlyList<string> Worse(IEnumerable<NeedScore> scores, IReadOnlyList<RecordedScore> last)
    {
        var before = last.ToDictionary(r => (r.Set, r.Need));
        var worse = new List<string>();
        foreach (var score in scores)
        {
            if (!before.TryGetValue((score.Need.Set, score.Need.Id), out var was))
            {
                continue;
            }

            var changes = new List<string>();
            Compare("nDCG@10", was.Ndcg, score.Ndcg, changes);
            Compare("MRR", was.ReciprocalRank, score.ReciprocalRank, changes);
            Compare("recall@20", was.Recall, score.Recall, changes);
            if (changes.Count > 0)
            {
                worse.Add($"{score.Need.Set}/{score.Need.Id} ({score.Need.Kind.Name()}): {string.Join(", ", changes)}");
            }
        }

        return worse;
    }

    private static void Compare(string name, double was, double now, List<string> changes)
    {
        if (now < was - Tolerance)
        {
            changes.Add($"{name} {was:0.000} -> {now:0.000}");
        }
    }

    private static string Format(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
