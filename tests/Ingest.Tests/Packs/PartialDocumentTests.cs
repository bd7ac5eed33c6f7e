using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Tests.Extraction;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>
/// Real text cut into pieces the parser was not written for: every page of the seed packs on its
/// own, and each pack with its pages in reverse order. Each parses to what it holds without error.
/// </summary>
public sealed class PartialDocumentTests
{
    [Theory]
    [InlineData(Corpus.July2021)]
    [InlineData(Corpus.March2022)]
    public void Every_page_alone_parses(string pack)
    {
        var text = SeedPacks.Clean(pack);
        var withReports = 0;
        foreach (var page in text.Pages)
        {
            var parsed = PackParser.Parse(new PackText($"{pack}#{page.Number}", [page]));
            withReports += parsed.AgendaItems.Count(i => i.Report is not null);
        }
        Assert.True(withReports > 0, "no single page was read as a report");
    }

    [Theory]
    [InlineData(Corpus.July2021)]
    [InlineData(Corpus.March2022)]
    public void Pages_in_reverse_order_parse(string pack)
    {
        var text = SeedPacks.Clean(pack);

        var parsed = PackParser.Parse(text with { Pages = text.Pages.Reverse().ToList() });

        Assert.NotNull(parsed.Meeting);
    }

    [Fact]
    public void The_minutes_pages_alone_parse_to_the_minutes()
    {
        var text = SeedPacks.Clean(Corpus.July2021);

        var parsed = PackParser.Parse(text with { Pages = text.Pages.Where(p => p.Number is >= 5 and <= 13).ToList() });

        Assert.Equal(Enumerable.Range(1, 13), parsed.Minutes!.Entries.Select(e => e.Number!.Value));
        Assert.Equal(("Scrutiny Commission", "minutes"), (parsed.Meeting!.Body, parsed.Meeting.From));
        Assert.Equal(2, parsed.Questions.Count);
    }

    [Fact]
    public void An_empty_document_parses_to_an_empty_pack()
    {
        var parsed = PackParser.Parse(new PackText("empty.pdf", [new PackPage(1, null, 595, 842, [])]));

        Assert.Equal(("empty.pdf", null, 0, null, 0, 0), (parsed.Source, parsed.Meeting, parsed.AgendaItems.Count, parsed.Minutes, parsed.Questions.Count, parsed.Officers.Count));
    }
}
