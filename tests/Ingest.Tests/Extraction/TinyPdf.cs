using System.Globalization;
using AgendaSearch.Ingest.Tests.Worker.Fixtures;

namespace AgendaSearch.Ingest.Tests.Extraction;

/// <summary>
/// Writes minimal PDFs through <see cref="PdfBuilder"/> (Helvetica as /F1, Helvetica-Bold as /F2) so the PDF layer can be
/// tested on exact layouts: rotated text, columns, bold, and broken or encrypted files.
/// </summary>
internal static class TinyPdf
{
    /// <summary>
    /// A text-showing operation: <paramref name="text"/> at (x, y), turned <paramref name="turn"/>
    /// degrees counter-clockwise (90: running up the page, -90: running down, 45: a diagonal watermark).
    /// </summary>
    public static string Text(double x, double y, string text, double size = 11, bool bold = false, int turn = 0)
    {
        var matrix = turn switch { 90 => "0 1 -1 0", -90 => "0 -1 1 0", 45 => "0.7071 0.7071 -0.7071 0.7071", _ => "1 0 0 1" };
        var escaped = text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
        return string.Create(CultureInfo.InvariantCulture,
            $"BT /{(bold ? "F2" : "F1")} {size} Tf {matrix} {x} {y} Tm ({escaped}) Tj ET\n");
    }

    /// <summary>
    /// A PDF with one page per content string. <paramref name="trailer"/> adds trailer entries and
    /// <paramref name="extraObject"/> one more object (numbered last) they may refer to.
    /// </summary>
    public static byte[] Build(IReadOnlyList<string> pages, double width = 595, double height = 842, string trailer = "", string? extraObject = null)
    {
        var pdf = new PdfBuilder();
        var catalog = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        var tree = pdf.Add("");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        var kids = new List<int>();
        foreach (var (content, i) in pages.Select((c, i) => (c, i)))
        {
            kids.Add(pdf.Add(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>")));
            pdf.AddStream("", content);
        }

        pdf.Set(tree, $"<< /Type /Pages /Count {pages.Count} /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] >>");
        if (extraObject is not null)
        {
            pdf.Add(extraObject);
        }

        return pdf.Build(catalog, trailer: trailer);
    }

    /// <summary>The number the next object would get after the pages of a <paramref name="pageCount"/>-page PDF.</summary>
    public static int NextObject(int pageCount) => 5 + 2 * pageCount;
}
