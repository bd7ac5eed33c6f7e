using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Util;

namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// Turns a PdfPig page into <see cref="TextWord"/>s in the reader's frame. Text set sideways on a
/// portrait page (a landscape table printed rotated) is turned upright using the page's dominant
/// text direction; words at odd angles (a diagonal "DRAFT" watermark) are not text of the page.
/// </summary>
internal static class PdfWords
{
    public static (IReadOnlyList<TextWord> Words, double Width, double Height) Read(Page page)
    {
        // PdfPig's default extractor is fast but splits sideways text into single letters; the
        // nearest-neighbour one handles any direction at about half the speed.
        var letters = page.Letters;
        var extractor = letters.All(l => l.TextOrientation == TextOrientation.Horizontal)
            ? DefaultWordExtractor.Instance
            : (IWordExtractor)NearestNeighbourWordExtractor.Instance;
        var words = extractor.GetWords(letters)
            .Where(w => w.TextOrientation != TextOrientation.Other && !string.IsNullOrWhiteSpace(w.Text))
            .ToList();
        var orientation = Dominant(words);
        var frame = new Frame(orientation, page.Width, page.Height);
        var result = new List<TextWord>(words.Count);
        foreach (var word in words)
            result.Add(frame.ToReader(word));
        return (result, frame.Width, frame.Height);
    }

    /// <summary>The direction most of the page's letters run in.</summary>
    private static TextOrientation Dominant(List<Word> words) =>
        words.Count == 0
            ? TextOrientation.Horizontal
            : words.GroupBy(w => w.TextOrientation).MaxBy(g => g.Sum(w => w.Letters.Count))!.Key;

    /// <summary>
    /// Maps user-space points so that the dominant text runs left to right, baseline up.
    /// PdfPig's Rotate270 is text going up the page, Rotate90 text going down.
    /// </summary>
    private readonly record struct Frame(TextOrientation Orientation, double PageWidth, double PageHeight)
    {
        private bool Sideways => Orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270;
        public double Width => Sideways ? PageHeight : PageWidth;
        public double Height => Sideways ? PageWidth : PageHeight;

        private PdfPoint Map(PdfPoint p) => Orientation switch
        {
            TextOrientation.Rotate270 => new PdfPoint(p.Y, PageWidth - p.X),
            TextOrientation.Rotate90 => new PdfPoint(PageHeight - p.Y, p.X),
            TextOrientation.Rotate180 => new PdfPoint(PageWidth - p.X, PageHeight - p.Y),
            _ => p,
        };

        public TextWord ToReader(Word word)
        {
            var first = word.Letters[0];
            var start = Map(first.StartBaseLine);
            double left = start.X, right = start.X, size = 0;
            var bold = true;
            foreach (var letter in word.Letters)
            {
                var a = Map(letter.StartBaseLine).X;
                var b = Map(letter.EndBaseLine).X;
                left = Math.Min(left, Math.Min(a, b));
                right = Math.Max(right, Math.Max(a, b));
                size = Math.Max(size, letter.PointSize);
                // One plain letter makes the word plain: the rest need not be asked (the font test is per letter).
                bold = bold && IsBold(letter);
            }
            return new TextWord(word.Text, left, right, start.Y, size > 0 ? size : 10, bold);
        }
    }

    /// <summary>
    /// Bold from the font's name (Word and Chrome embed "Arial-BoldMT", "Calibri-Bold"), its
    /// descriptor flags or weight, or text drawn filled and stroked (Word's fake bold).
    /// </summary>
    private static bool IsBold(Letter letter)
    {
        if (letter.FontName is { } name && NameSaysBold(name))
            return true;
        var font = letter.FontDetails;
        if (font is not null && (font.IsBold || font.Weight >= 600))
            return true;
        return letter.RenderingMode == TextRenderingMode.FillThenStroke;
    }

    // Letters of a run share one font name string, so the last answer is nearly always the one asked for
    // again: this saves four case-insensitive searches per letter (3% of ingest CPU in the profile).
    [ThreadStatic] private static string? lastName;
    [ThreadStatic] private static bool lastNameBold;

    private static bool NameSaysBold(string name)
    {
        if (!ReferenceEquals(name, lastName))
        {
            lastNameBold = name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase);
            lastName = name;
        }
        return lastNameBold;
    }
}
