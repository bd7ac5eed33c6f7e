using System.Globalization;
using System.Text;

namespace AgendaSearch.Ingest.Tests.Extraction;

/// <summary>
/// Writes minimal PDFs by hand (Helvetica as /F1, Helvetica-Bold as /F2) so the PDF layer can be
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
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Count {pages.Count} /Kids [{string.Join(' ', pages.Select((_, i) => $"{5 + 2 * i} 0 R"))}] >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        };
        foreach (var (content, i) in pages.Select((c, i) => (c, i)))
        {
            objects.Add(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>"));
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream");
        }
        if (extraObject is not null)
            objects.Add(extraObject);

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>The number the next object would get after the pages of a <paramref name="pageCount"/>-page PDF.</summary>
    public static int NextObject(int pageCount) => 5 + 2 * pageCount;
}
