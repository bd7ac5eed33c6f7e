namespace AgendaSearch.Index.Trail;

/// <summary>
/// The words of a title that carry its subject: lower-case runs of letters and digits, without the
/// little words that minutes and agendas drop or add ("Minutes of the meeting" / "Minutes of meeting").
/// </summary>
internal static class TitleWords
{
    private static readonly HashSet<string> Little =
        ["a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"];

    public static IReadOnlyList<string> Of(string title) => Words(title).Where(w => !Little.Contains(w)).ToList();

    private static IEnumerable<string> Words(string title)
    {
        var start = -1;
        for (var i = 0; i <= title.Length; i++)
        {
            var inWord = i < title.Length && char.IsLetterOrDigit(title[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return title[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
