using System.Globalization;

namespace AgendaSearch.Ingest.Extraction.Ocr;

/// <summary>
/// Tesseract's TSV output (one row per page, block, paragraph, line and word, with pixel boxes) as
/// <see cref="TextWord"/>s in PDF points, so recognised words go through <see cref="LineBuilder"/> like a text
/// layer's. The TSV gives boxes, not baselines: a line's baseline is the bottom most of its words share (only
/// words with descenders reach lower), and its font size comes from how far its words rise above it, which is
/// the capital and ascender height, about seven tenths of the size. Every word of a line gets the line's
/// baseline and size, so the line builder keeps Tesseract's line together.
/// </summary>
internal static class TesseractTsv
{
    /// <summary>Capital and ascender height as a share of the font size in the common sans and serif faces.</summary>
    private const double AscentShare = 0.72;

    /// <summary>Below this confidence a token without letters or digits is speckle or a ruled line, not text.</summary>
    private const double NoiseConfidence = 60;

    private const double PointsPerInch = 72;

    public static OcrPage Parse(string tsv, double dpi)
    {
        var scale = PointsPerInch / dpi;
        double width = 0, height = 0;
        var lines = new Dictionary<(int Block, int Paragraph, int Line), List<Box>>();
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || !int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level))
                continue;
            var box = new Box(Int(cells[6]), Int(cells[7]), Int(cells[8]), Int(cells[9]), cells[11].Trim());
            if (level == 1)
            {
                (width, height) = (box.Width, box.Height);
                continue;
            }
            var confidence = double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : -1;
            if (level != 5 || box.Text.Length == 0 || IsNoise(box.Text, confidence))
                continue;
            var key = (Int(cells[2]), Int(cells[3]), Int(cells[4]));
            if (!lines.TryGetValue(key, out var words))
                lines[key] = words = [];
            words.Add(box);
        }

        var result = new List<TextWord>();
        foreach (var words in lines.Values)
        {
            // Of two words, one may have a descender: the higher bottom is the baseline, the taller rise the ascent.
            var baseline = Median(words.Select(w => (double)w.Top + w.Height), upper: false);
            var rise = Median(words.Select(w => baseline - w.Top), upper: true);
            var size = Math.Max(4, rise / AscentShare * scale);
            var y = (height - baseline) * scale;
            result.AddRange(words.Select(w => new TextWord(w.Text, w.Left * scale, (w.Left + w.Width) * scale, y, size, false)));
        }
        return new OcrPage(result, width * scale, height * scale);
    }

    private static bool IsNoise(string text, double confidence) =>
        confidence < 0 || (confidence < NoiseConfidence && !text.Any(char.IsLetterOrDigit));

    private static double Median(IEnumerable<double> values, bool upper)
    {
        var sorted = values.Order().ToList();
        return sorted[upper ? sorted.Count / 2 : (sorted.Count - 1) / 2];
    }

    private static int Int(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private readonly record struct Box(int Left, int Top, int Width, int Height, string Text);
}
