using AgendaSearch.Records;

namespace AgendaSearch.Index.Trail;

/// <summary>
/// Which agenda item a minute records, among the items of the meeting it minutes. The number the
/// minute prints wins ("Provisional Medium Term Financial Strategy (Item 8)", "a copy of the report
/// marked 'Agenda Item 8' is filed with these minutes"); without one, the single item whose title is
/// the minute's title or begins with it ("Declarations of interest" records "Declarations of interest
/// in respect of items on the agenda"). Anything looser would be a guess, so there is no link.
/// </summary>
internal static class ItemLink
{
    /// <summary>Fewer shared words than this is not enough to tie a shortened title to an item.</summary>
    private const int MinPrefixWords = 2;

    public static (SearchRecord Item, string LinkedBy)? Find(SearchRecord minute, IReadOnlyList<SearchRecord> items)
    {
        if (minute.ItemNumber is { } number)
        {
            return items.FirstOrDefault(i => i.ItemNumber == number) is { } numbered
                ? (numbered, TrailLink.ItemNumber)
                : null;
        }

        var title = TitleWords.Of(minute.Title);
        var matches = items.Where(item => SameSubject(title, TitleWords.Of(item.Title))).ToList();
        return matches.Count == 1 ? (matches[0], TrailLink.Title) : null;
    }

    private static bool SameSubject(IReadOnlyList<string> minute, IReadOnlyList<string> item)
    {
        if (minute.Count == 0 || minute.Count > item.Count)
        {
            return false;
        }

        var prefix = minute.Select((word, i) => word == item[i]).All(same => same);
        return prefix && (minute.Count == item.Count || minute.Count >= MinPrefixWords);
    }
}
