using AgendaSearch.Records;

namespace AgendaSearch.Index.Trail;

/// <summary>
/// The words of a title that carry its subject: lower-case runs of letters and digits, without the
/// little words that minutes and agendas drop or add ("Minutes of the meeting" / "Minutes of meeting").
/// </summary>
internal static class TitleWords
{
    private static readonly HashSet<string> Little =
        ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"];

    public static IReadOnlyList<string> Of(string title) => RecordWords.Of(title).Where(w => !Little.Contains(w)).ToList();
}
