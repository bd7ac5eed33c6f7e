using System.Text;
using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Tests.Extraction;

/// <summary>Files that are not readable PDFs fail with a <see cref="PdfReadException"/> saying why, in one line.</summary>
public class BrokenPdfTests
{
    private static PdfReadException Fails(byte[] bytes)
    {
        var error = Assert.Throws<PdfReadException>(() => PdfTextReader.Read("broken.pdf", bytes));
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }

    [Fact]
    public void An_empty_file()
    {
        var error = Fails([]);

        Assert.Equal(PdfReadFailure.Empty, error.Failure);
        Assert.Equal("empty file", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf()
    {
        var error = Fails(Encoding.UTF8.GetBytes("<html><body>404 Not Found</body></html>\n"));

        Assert.Equal(PdfReadFailure.NotPdf, error.Failure);
        Assert.StartsWith("not a PDF", error.Message);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void A_seed_pack_cut_short(double share)
    {
        var bytes = File.ReadAllBytes(Corpus.Pack(Corpus.July2021));

        var error = Fails(bytes[..(int)(bytes.Length * share)]);

        Assert.Equal(PdfReadFailure.Truncated, error.Failure);
        Assert.StartsWith("truncated", error.Message);
    }

    [Fact]
    public void A_pdf_that_needs_a_password()
    {
        var hex32 = new string('A', 64);
        var encrypt = $"<< /Filter /Standard /V 1 /R 2 /O <{hex32}> /U <{hex32}> /P -4 >>";
        var id = new string('1', 32);
        var pdf = TinyPdf.Build([TinyPdf.Text(72, 700, "secret")], trailer: $"/Encrypt {TinyPdf.NextObject(1)} 0 R /ID [<{id}> <{id}>]", extraObject: encrypt);

        var error = Fails(pdf);

        Assert.Equal(PdfReadFailure.Encrypted, error.Failure);
        Assert.Equal("encrypted: needs a password", error.Message);
    }

    [Fact]
    public void A_pdf_whose_body_is_garbage()
    {
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.4\n" + new string('x', 5000) + "\nstartxref\n999999\n%%EOF\n");

        var error = Fails(pdf);

        Assert.Equal(PdfReadFailure.Damaged, error.Failure);
        Assert.StartsWith("damaged", error.Message);
    }

    [Fact]
    public void A_pdf_without_any_text()
    {
        var error = Fails(TinyPdf.Build(["0 0 m 100 100 l S\n", "q Q\n"]));

        Assert.Equal(PdfReadFailure.NoText, error.Failure);
        Assert.StartsWith("no text", error.Message);
    }
}
