using System.Globalization;
using System.Reflection;
using AgendaSearch.Index;
using AgendaSearch.Ingest.Relevance;
using AgendaSearch.Records;

namespace AgendaSearch.Bench;

/// <summary>
/// `ranking`: the relevance lists scored under several ranking settings on one parse of the corpus, for tuning
/// <see cref="RankingOptions"/>: each --ranking "Name=value,Name=value" (RankingOptions property names; "" is the
/// defaults) indexes the same records again in memory with those settings and prints, per list, nDCG@10, MRR and
/// recall@20 overall and per kind of need; --per-need adds each need's nDCG@10.
/// </summary>
internal static class RankingBenchmark
{
    public static int Run(IReadOnlyList<string> corpora, IReadOnlyList<string> lists, IReadOnlyList<string> settings, bool perNeed)
    {
        var needs = lists.Select(JudgementFile.Read).SelectMany(l => l.Needs).ToList();
        using var corpus = RelevanceCorpus.Build(corpora, TextWriter.Null);
        var resolved = needs.Select(n => JudgementResolver.Resolve(n, corpus.Packs)).ToList();
        foreach (var setting in settings.DefaultIfEmpty(""))
        {
            using var index = SearchIndex.OpenInMemory(Options(setting));
            foreach (var (pack, records) in corpus.Packs)
            {
                index.ReplacePack(pack, records);
            }

            index.Commit(new Dictionary<string, string>());
            var scores = resolved.Select(r => RelevanceEvaluator.Score(index, r)).ToList();
            Console.WriteLine($"ranking \"{setting}\"");
            foreach (var set in scores.GroupBy(s => s.Need.Set))
            {
                Console.WriteLine(Row($"  {set.Key} all", set.ToList()));
                foreach (var kind in set.GroupBy(s => s.Need.Kind).OrderBy(k => k.Key))
                {
                    Console.WriteLine(Row($"  {set.Key} {kind.Key.Name()}", kind.ToList()));
                }
            }

            if (perNeed)
            {
                foreach (var score in scores)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {score.Need.Set}/{score.Need.Id,-40} {score.Ndcg:0.000} {score.ReciprocalRank:0.000} {score.Recall:0.000}"));
                }
            }
        }

        return 0;
    }

    private static string Row(string label, IReadOnlyList<NeedScore> scores) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{label,-28} needs={scores.Count,3} ndcg10={scores.Average(s => s.Ndcg):0.000} mrr={scores.Average(s => s.ReciprocalRank):0.000} recall20={scores.Average(s => s.Recall):0.000}");

    /// <summary>"Similarity=Classic,PhraseWeight=0" as <see cref="RankingOptions"/> (the defaults for the rest).</summary>
    public static RankingOptions Options(string setting)
    {
        var options = new RankingOptions();
        foreach (var pair in setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = pair.Split('=', 2) is [var n, var v] ? (n, v) : throw new ArgumentException($"not Name=value: {pair}");
            var property = typeof(RankingOptions).GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? throw new ArgumentException($"RankingOptions has no {name}");
            property.SetValue(options, property.PropertyType.IsEnum
                ? Enum.Parse(property.PropertyType, value, ignoreCase: true)
                : Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
        }

        return options;
    }
}
