namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// The words a pack uses, lower case without surrounding punctuation, as evidence for
/// <see cref="Dehyphenation"/>. Words that may be the second half of a broken word (the first word
/// of a line below a line ending in a hyphen) and the broken halves themselves are left out, so a
/// fragment is never its own evidence.
/// </summary>
internal sealed class Vocabulary
{
    private readonly HashSet<string> words = new(StringComparer.Ordinal);

    public bool Contains(string word) => words.Contains(word.ToLowerInvariant());

    public static Vocabulary Of(IEnumerable<PackPage> pages)
    {
        var vocabulary = new Vocabulary();
        foreach (var page in pages)
        {
            var afterBreak = false;
            foreach (var line in page.Lines)
            {
                var broken = false;
                foreach (var cell in line.Columns)
                {
                    var tokens = cell.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    for (var t = afterBreak ? 1 : 0; t < tokens.Length; t++)
                        if (t < tokens.Length - 1 || !Dehyphenation.EndsBroken(tokens[t]))
                            vocabulary.words.Add(Core(tokens[t]).ToLowerInvariant());
                    broken |= Dehyphenation.EndsBroken(cell.Text);
                }
                afterBreak = broken;
            }
        }
        return vocabulary;
    }

    /// <summary>The word without leading or trailing punctuation: "(effective)," gives "effective".</summary>
    public static string Core(string token)
    {
        int start = 0, end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start]))
            start++;
        while (end > start && !char.IsLetterOrDigit(token[end - 1]))
            end--;
        return token[start..end];
    }
}
