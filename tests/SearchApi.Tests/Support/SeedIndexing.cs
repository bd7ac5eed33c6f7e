using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;
using SeedPacks = AgendaSearch.Ingest.Tests.Corpus;

namespace AgendaSearch.SearchApi.Tests.Support;

/// <summary>The seed packs read and mapped as the ingest worker does it, written into a test host's index.</summary>
internal static class SeedIndexing
{
    public const string July2021 = "scrutiny-commission-2021-07-12-agenda-pack";
    public const string March2022 = "scrutiny-commission-2022-03-09-agenda-pack";

    /// <summary>Reads each pack from corpus/ afresh (extraction and parsing included) and indexes it, in the order given.</summary>
    public static TestApi SeedCorpus(this TestApi api, params string[] packIds)
    {
        foreach (var packId in packIds)
        {
            var pack = PackParser.Parse(PdfTextReader.Read(SeedPacks.Pack(packId + ".pdf")));
            api.Seed(packId, [.. RecordBuilder.Build(pack, packId)]);
        }

        return api;
    }
}
