using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Packs;

/// <summary>
/// The pure pipeline: extracted pages in, parsed pack out. No I/O happens here or below.
/// </summary>
public static class PackParser
{
    public static AgendaPack Parse(PackText text) =>
        new(text.Source, null, [], null, [], [], text.Pages);
}
