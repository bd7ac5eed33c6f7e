using System.Text;

namespace AgendaSearch.Ingest.Tests.Worker.Fixtures;

/// <summary>The PDFs the ingest must survive, generated on the fly (nothing hostile is checked in).</summary>
internal static class HostilePdfs
{
    /// <summary>A readable PDF: one page per entry of <paramref name="pages"/>, lines split on '\n'.</summary>
    public static byte[] Text(params string[] pages) => TextPdf(null, pages);

    /// <summary>Encrypted with <paramref name="userPassword"/>: "" opens without asking, anything else needs it.</summary>
    public static byte[] Encrypted(string userPassword, params string[] pages) => TextPdf(userPassword, pages);

    public static byte[] Empty() => [];

    public static byte[] NotPdf() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>404 Not Found</body></html>\n");

    /// <summary>A download cut off two thirds of the way through.</summary>
    public static byte[] Truncated()
    {
        var whole = Text("Minutes of the meeting held on 12 July 2021", "Item 2: Declarations of interest");
        return whole[..(whole.Length * 2 / 3)];
    }

    /// <summary>A page tree whose only kid is the tree itself.</summary>
    public static byte[] PageTreeLoop()
    {
        var pdf = new PdfBuilder();
        var catalog = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [2 0 R] /Count 1 >>");
        return pdf.Build(catalog);
    }

    /// <summary>Two form XObjects that draw each other: PdfPig 0.1.16 recurses until the stack overflows.</summary>
    public static byte[] XObjectCycle()
    {
        var pdf = new PdfBuilder();
        var catalog = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /X1 5 0 R >> >> >>");
        pdf.AddStream("", "/X1 Do");
        pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X2 6 0 R >> >>", "/X2 Do");
        pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 5 0 R >> >>", "/X1 Do");
        return pdf.Build(catalog);
    }

    /// <summary>A scanned pack: every page is one picture, no text layer.</summary>
    public static byte[] ImageOnly(int pages = 3)
    {
        var pdf = new PdfBuilder();
        var catalog = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        var tree = pdf.Add("");
        var image = pdf.AddStream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", [0, 255, 255, 0]);
        var kids = new List<int>();
        for (var i = 0; i < pages; i++)
        {
            var content = pdf.AddStream("", "q 612 0 0 792 0 0 cm /Im1 Do Q");
            kids.Add(pdf.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R /Resources << /XObject << /Im1 {image} 0 R >> >> >>"));
        }
        pdf.Set(tree, $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {pages} >>");
        return pdf.Build(catalog);
    }

    private static byte[] TextPdf(string? userPassword, string[] pages)
    {
        var pdf = new PdfBuilder();
        var catalog = pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        var tree = pdf.Add("");
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var kids = new List<int>();
        foreach (var page in pages)
        {
            var lines = page.Split('\n').Select(l => $"({Escape(l)}) Tj T*");
            var content = pdf.AddStream("", $"BT /F1 11 Tf 14 TL 72 720 Td {string.Join(' ', lines)} ET");
            kids.Add(pdf.Add($"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>"));
        }
        pdf.Set(tree, $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>");
        return pdf.Build(catalog, userPassword);
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
