using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;
using AgendaSearch.Ingest.Tests;

namespace AgendaSearch.Index.Tests.Trail;

/// <summary>
/// Both seed packs read from corpus/ (extraction, parsers and record mapping as the worker runs
/// them) into one in-memory index, once for the test class.
/// </summary>
public sealed class SeedCorpus : IDisposable
{
    public const string March2022 = "scrutiny-commission-2022-03-09-agenda-pack";
    public const string July2021 = "scrutiny-commission-2021-07-12-agenda-pack";

    public SeedCorpus()
    {
        Index = SearchIndex.OpenInMemory();
        foreach (var packId in new[] { July2021, March2022 })
        {
            var pack = PackParser.Parse(PdfTextReader.Read(Corpus.Pack(packId + ".pdf")));
            Index.ReplacePack(packId, RecordBuilder.Build(pack, packId));
        }

        Index.Commit(new Dictionary<string, string>());
    }

    public ISearchIndex Index { get; }

    public void Dispose() => Index.Dispose();
}
