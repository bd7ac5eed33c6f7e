using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>The two seed packs, read and parsed once for all tests that need them.</summary>
internal static class SeedPacks
{
    private static readonly Lazy<AgendaPack> July = new(() => Parse(Corpus.July2021));
    private static readonly Lazy<AgendaPack> March = new(() => Parse(Corpus.March2022));

    public static AgendaPack Get(string name) => name switch
    {
        Corpus.July2021 => July.Value,
        Corpus.March2022 => March.Value,
        _ => throw new ArgumentException("not a seed pack: " + name, nameof(name)),
    };

    private static AgendaPack Parse(string name) => PackParser.Parse(PdfTextReader.Read(Corpus.Pack(name)));
}
