using AgendaSearch.Ingest.Relevance;
using AgendaSearch.Records;

namespace AgendaSearch.Bench;

/// <summary>
/// `relevance`: the judgement lists scored against an index built in memory from the corpus folders (see
/// <see cref="RelevanceCorpus"/>); prints the report (<see cref="RelevanceReport"/>) and, with --record, writes the
/// run the next one is compared with. Exit 1 when a list has a malformed line or a judgement names no record.
/// </summary>
internal static class RelevanceBenchmark
{
    public static readonly string[] DefaultCorpora = ["corpus", "tests/fixtures/realpacks/pdfs"];
    public static readonly string[] DefaultLists = ["bench/relevance/needs.md", "bench/relevance/heldout.md"];
    public const string DefaultLast = "bench/relevance/last-run.tsv";

    /// <summary>Every record of every pack (pack, first and last page, kind, title, opening words or with <paramref name="whole"/> all its text): what judgements can name.</summary>
    public static int Records(IReadOnlyList<string> corpora, bool whole)
    {
        using var corpus = RelevanceCorpus.Build(corpora, TextWriter.Null);
        foreach (var (pack, records) in corpus.Packs)
        {
            foreach (var record in records)
            {
                var text = record.Text.ReplaceLineEndings(" ");
                Console.WriteLine($"{pack}\tp{string.Join(',', record.Pages)}\t{record.Type.Name()}\t{record.Title.ReplaceLineEndings(" ")}\t{(whole || text.Length <= 160 ? text : text[..160])}");
            }
        }

        return 0;
    }

    public static int Run(IReadOnlyList<string> corpora, IReadOnlyList<string> lists, string last, string? only, bool record, bool verbose)
    {
        var read = lists.Select(JudgementFile.Read).ToList();
        var needs = read.SelectMany(l => l.Needs).Where(n => only is null || n.Id == only).ToList();
        using var corpus = RelevanceCorpus.Build(corpora, verbose ? Console.Error : TextWriter.Null);
        var scores = RelevanceEvaluator.Evaluate(corpus, needs);
        var errors = read.SelectMany(l => l.Errors).Concat(scores.SelectMany(s => s.Resolved.Errors)).ToList();
        RelevanceReport.Write(scores, RelevanceRuns.Read(last), Console.Out, verbose);
        foreach (var error in errors)
        {
            Console.Error.WriteLine("error: " + error);
        }

        if (record && only is null)
        {
            File.WriteAllText(last, RelevanceRuns.Write(scores));
            Console.Error.WriteLine($"recorded {scores.Count} needs in {last}");
        }

        return errors.Count == 0 ? 0 : 1;
    }
}
