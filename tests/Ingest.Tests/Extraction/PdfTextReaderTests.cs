using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Tests.Extraction;

public sealed class PdfTextReaderTests
{
    [Fact]
    public void Reads_every_page_of_a_seed_pack_in_reading_order()
    {
        var text = PdfTextReader.Read(Corpus.Pack(Corpus.July2021));

        Assert.Equal(148, text.Pages.Count);
        Assert.Equal(Enumerable.Range(1, 148), text.Pages.Select(p => p.Number));
        Assert.Equal("Meeting: Scrutiny Commission", text.Pages[0].Lines[0].Text);
    }
}
