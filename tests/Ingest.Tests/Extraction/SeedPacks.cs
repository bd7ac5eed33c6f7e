using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Tests.Extraction;

/// <summary>The seed packs read once per test run, raw (before cleaning) and cleaned.</summary>
internal static class SeedPacks
{
    private static readonly Dictionary<string, Lazy<(IReadOnlyList<PackPage> Raw, PackText Clean)>> Packs = new()
    {
        [Corpus.July2021] = new(() => Read(Corpus.July2021)),
        [Corpus.March2022] = new(() => Read(Corpus.March2022)),
    };

    public static IReadOnlyList<PackPage> Raw(string name) => Packs[name].Value.Raw;

    public static PackText Clean(string name) => Packs[name].Value.Clean;

    private static (IReadOnlyList<PackPage>, PackText) Read(string name)
    {
        var bytes = File.ReadAllBytes(Corpus.Pack(name));
        return (PdfTextReader.ReadRawPages(bytes), PdfTextReader.Read(name, bytes));
    }
}
