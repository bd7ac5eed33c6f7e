using System.Security.Cryptography;
using System.Text;
using AgendaSearch.PackGenerator.Layout;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace AgendaSearch.PackGenerator.Output;

/// <summary>
/// Writes laid-out pages with PdfPig's document builder. The builder writes no dates, but it puts two random GUIDs
/// in the trailer's /ID; they are overwritten in place (same length, so no offsets move) with a hash of the file's
/// name, which makes the same seed give byte-identical files.
/// </summary>
internal static class PdfEmitter
{
    public static byte[] Write(IReadOnlyList<Canvas> pages, string name, string title)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Producer = "AgendaSearch PackGenerator";
        var fonts = Enum.GetValues<Face>().Select(f => builder.AddStandard14Font(FontMetrics.Font(f))).ToArray();
        foreach (var canvas in pages)
        {
            var page = builder.AddPage(Canvas.Width, Canvas.Height);
            foreach (var run in canvas.Runs)
                page.AddText(run.Text, run.Size, new PdfPoint(run.X, run.Y), fonts[(int)run.Face]);
        }
        var bytes = builder.Build();
        FixId(bytes, name);
        return bytes;
    }

    private static void FixId(byte[] pdf, string name)
    {
        var marker = "/ID [ <"u8;
        var at = pdf.AsSpan().LastIndexOf(marker);
        if (at < 0)
            throw new InvalidOperationException("PdfPig wrote no trailer /ID; the determinism fix needs revisiting");
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(name))));
        var first = at + marker.Length;
        var second = pdf.AsSpan(first).IndexOf((byte)'<') + first + 1;
        if (pdf[first + hex.Length] != (byte)'>' || pdf[second + hex.Length] != (byte)'>')
            throw new InvalidOperationException("unexpected trailer /ID format");
        hex.CopyTo(pdf, first);
        hex.CopyTo(pdf, second);
    }
}
