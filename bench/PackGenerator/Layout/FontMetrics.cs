using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AgendaSearch.PackGenerator.Layout;

/// <summary>
/// Advance widths of the characters the generator may print, taken once from PdfPig's own metrics so wrapping
/// matches what the writer draws. The standard-14 fonts use StandardEncoding, which has no accented letters: a
/// character outside <see cref="Charset"/> is a generator bug and throws rather than printing a wrong glyph.
/// </summary>
internal static class FontMetrics
{
    public const string Charset =
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—‘’“”£•";

    private static readonly Lazy<Dictionary<char, double>[]> Widths = new(Measure);

    public static Standard14Font Font(Face face) => face switch
    {
        Face.Bold => Standard14Font.HelveticaBold,
        Face.Italic => Standard14Font.HelveticaOblique,
        _ => Standard14Font.Helvetica,
    };

    public static double Width(string text, Face face, double size)
    {
        var table = Widths.Value[(int)face];
        var total = 0.0;
        foreach (var c in text)
            total += table.TryGetValue(c, out var w) ? w : throw new InvalidOperationException($"character U+{(int)c:X4} '{c}' cannot be printed in {face}: \"{text}\"");
        return total * size;
    }

    private static Dictionary<char, double>[] Measure()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        return Enum.GetValues<Face>().Select(face =>
        {
            var font = builder.AddStandard14Font(Font(face));
            return Charset.ToDictionary(c => c, c =>
            {
                var letter = page.MeasureText(c.ToString(), 1, new PdfPoint(0, 0), font)[0];
                return letter.EndBaseLine.X - letter.StartBaseLine.X;
            });
        }).ToArray();
    }
}
