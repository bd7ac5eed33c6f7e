using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>The two seed packs, read and parsed once for all tests that need them.</summary>
internal static class SeedPacks
{
    private static readonly Lazy<PackText> JulyText = new(() => PdfTextReader.Read(Corpus.Pack(Corpus.July2021)));
    private static readonly Lazy<PackText> MarchText = new(() => PdfTextReader.Read(Corpus.Pack(Corpus.March2022)));
    private static readonly Lazy<AgendaPack> July = new(() => PackParser.Parse(JulyText.Value));
    private static readonly Lazy<AgendaPack> March = new(() => PackParser.Parse(MarchText.Value));

    public static PackText Text(string name) => name switch
    {
        Corpus.July2021 => JulyText.Value,
        Corpus.March2022 => MarchText.Value,
        _ => throw new ArgumentException("not a seed pack: " + name, nameof(name)),
    };

    public static AgendaPack Get(string name) => name switch
    {
        Corpus.July2021 => July.Value,
        Corpus.March2022 => March.Value,
        _ => throw new ArgumentException("not a seed pack: " + name, nameof(name)),
    };
}
