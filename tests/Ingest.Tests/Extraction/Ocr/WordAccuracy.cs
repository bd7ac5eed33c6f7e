namespace AgendaSearch.Ingest.Tests.Extraction.Ocr;

/// <summary>
/// The share of the words of a reference text found in a read text (as many times as the reference has them),
/// case and punctuation aside: how many of a page's words a search would find after OCR.
/// </summary>
internal static class WordAccuracy
{
    public static double Of(string reference, string read)
    {
        var expected = Words(reference);
        if (expected.Count == 0)
            return 1;
        var found = Words(read).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var hits = 0;
        foreach (var word in expected)
            if (found.TryGetValue(word, out var left) && left > 0)
            {
                found[word] = left - 1;
                hits++;
            }
        return (double)hits / expected.Count;
    }

    private static List<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToList();
}
