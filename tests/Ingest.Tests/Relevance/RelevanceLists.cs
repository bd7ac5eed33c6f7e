using AgendaSearch.Ingest.Relevance;

namespace AgendaSearch.Ingest.Tests.Relevance;

/// <summary>
/// The judgement lists of bench/relevance and the corpus they judge (the seed packs and tests/fixtures/realpacks),
/// indexed once for the tests that share it.
/// </summary>
public sealed class RelevanceLists : IDisposable
{
    public static readonly string[] Files =
        [.. new[] { "needs.md", "heldout.md" }.Select(f => Path.Combine(Corpus.Root, "bench", "relevance", f))];

    public RelevanceLists()
    {
        Lists = Files.Select(JudgementFile.Read).ToList();
        Index = RelevanceCorpus.Build(
            [Path.Combine(Corpus.Root, "corpus"), Path.Combine(Corpus.Root, "tests", "fixtures", "realpacks", "pdfs")],
            TextWriter.Null);
    }

    public IReadOnlyList<JudgementList> Lists { get; }

    public IEnumerable<InformationNeed> Needs => Lists.SelectMany(l => l.Needs);

    public RelevanceCorpus Index { get; }

    public void Dispose() => Index.Dispose();
}
