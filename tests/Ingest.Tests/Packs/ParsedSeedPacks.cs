using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Tests.Extraction;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>The two seed packs parsed once for all tests that need them, from the text the extraction tests read.</summary>
internal static class ParsedSeedPacks
{
    private static readonly Dictionary<string, Lazy<AgendaPack>> Parsed = new()
    {
        [Corpus.July2021] = new(() => PackParser.Parse(SeedPacks.Clean(Corpus.July2021))),
        [Corpus.March2022] = new(() => PackParser.Parse(SeedPacks.Clean(Corpus.March2022))),
    };

    public static AgendaPack Get(string name) => Parsed[name].Value;
}
