using UglyToad.PdfPig.Content;

namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// Groups words into lines: words whose baselines are within half a font size of each other are on
/// one line; lines are ordered top to bottom, words left to right.
/// </summary>
internal static class LineBuilder
{
    public static IReadOnlyList<PageLine> Build(IReadOnlyList<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var size = FontSize(word);
            var line = lines.LastOrDefault();
            if (line is not null && Math.Abs(line[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= size * 0.5)
                line.Add(word);
            else
                lines.Add([word]);
        }
        return lines.Select(ToLine).ToList();
    }

    private static PageLine ToLine(List<Word> words)
    {
        words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var text = string.Join(' ', words.Select(w => w.Text));
        var left = words[0].BoundingBox.Left;
        var right = words[^1].BoundingBox.Right;
        var bold = words.All(w => w.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true);
        return new PageLine(text, left, words[0].BoundingBox.Bottom, right - left, words.Max(FontSize), bold);
    }

    private static double FontSize(Word word) => word.Letters.Count == 0 ? 10 : word.Letters.Max(l => l.PointSize);
}
