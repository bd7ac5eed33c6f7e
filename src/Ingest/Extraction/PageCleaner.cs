namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// The pure cleaning chain between the PDF layer and the parsers. Order matters: markup goes first
/// so "&lt;u&gt;12&lt;/u&gt;" still reads as a page number; page numbers and stamps are taken before
/// running headers, whose digit-masked matching would otherwise swallow "Page 3" and "Agenda Item 5"
/// as repeated margin text; blank pages are judged once the margins are gone; words are mended last,
/// on clean lines.
/// </summary>
public static class PageCleaner
{
    private static readonly Func<IReadOnlyList<PackPage>, IReadOnlyList<PackPage>>[] Stages =
    [
        MarkupArtefacts.Apply,
        PrintedPageNumbers.Apply,
        AgendaItemStamps.Apply,
        RunningHeaders.Apply,
        BlankPages.Apply,
        Dehyphenation.Apply,
    ];

    public static IReadOnlyList<PackPage> Clean(IReadOnlyList<PackPage> pages)
    {
        foreach (var stage in Stages)
            pages = stage(pages);
        return pages;
    }
}
