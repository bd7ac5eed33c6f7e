namespace AgendaSearch.Records;

/// <summary>
/// The words of a text as plain lower-cased runs of letters and digits: what decides whether one text
/// holds everything another says (a loose line of a pack, a second document's version of a record),
/// independent of how the index analyses them.
/// </summary>
public static class RecordWords
{
    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    public static HashSet<string> SetOf(string text) => new(Of(text), StringComparer.Ordinal);
}
