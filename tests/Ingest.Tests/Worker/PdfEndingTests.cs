using System.Text;
using AgendaSearch.Ingest.Tests.Worker.Fixtures;
using AgendaSearch.Ingest.Worker;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>"%%EOF" at the end, whitespace after it allowed: a written-out PDF; anything else may still be growing.</summary>
public sealed class PdfEndingTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Theory]
    [InlineData("trailer\n<< /Root 1 0 R >>\nstartxref\n1234\n%%EOF", true)]
    [InlineData("startxref\n1234\n%%EOF\n", true)]
    [InlineData("startxref\n1234\n%%EOF\r\n  \t\f\0\0", true)]
    [InlineData("%%EOF", true)]
    [InlineData("startxref\n1234\n%%EO", false)]
    [InlineData("%%EOF\n4 0 obj\n<< /Length 20 >>\nstream\n", false)]
    [InlineData("%%EOF x", false)]
    [InlineData("", false)]
    [InlineData("\n\n", false)]
    public void The_end_decides(string tail, bool complete) =>
        Assert.Equal(complete, PdfEnding.IsComplete(Encoding.ASCII.GetBytes(tail)));

    [Fact]
    public void A_real_pdf_is_complete_and_its_first_half_is_not()
    {
        var pdf = HostilePdfs.Text("Agenda", "Minutes");

        Assert.True(PdfEnding.IsComplete(folder.Write("whole.pdf", pdf)));
        Assert.False(PdfEnding.IsComplete(folder.Write("half.pdf", pdf[..(pdf.Length / 2)])));
    }

    [Fact]
    public void Only_the_tail_of_a_large_file_is_read()
    {
        var padded = new byte[PdfEnding.TailLength * 3];
        Array.Fill(padded, (byte)'x');
        var pdf = padded.Concat("\n%%EOF\n"u8.ToArray()).ToArray();

        Assert.True(PdfEnding.IsComplete(folder.Write("large.pdf", pdf)));
        Assert.False(PdfEnding.IsComplete(folder.File("missing.pdf")));
    }

    public void Dispose() => folder.Dispose();
}
