using AgendaSearch.Ingest.Extraction;
using static AgendaSearch.Ingest.Tests.Extraction.Synthetic;

namespace AgendaSearch.Ingest.Tests.Extraction;

public class RunningHeadersTests
{
    [Fact]
    public void Removes_a_header_and_footer_repeated_at_the_same_height()
    {
        var pages = Enumerable.Range(1, 4).Select(n => Page(n,
        [
            Line("Scrutiny Commission – 9 March 2022", HeaderY),
            .. Body($"page {n}"),
            Line($"Report of the Director, version {n}.{n}", FooterY),
        ])).ToArray();

        var cleaned = RunningHeaders.Apply(pages);

        Assert.All(cleaned, p => Assert.Equal(3, p.Lines.Count));
        Assert.All(cleaned, p => Assert.DoesNotContain(p.Lines, l => l.Text.Contains("Scrutiny Commission") || l.Text.Contains("Report of")));
    }

    [Fact]
    public void Keeps_a_margin_line_seen_on_too_few_pages()
    {
        var pages = new[]
        {
            Page(1, [Line("Private and confidential", HeaderY), .. Body("a")]),
            Page(2, [Line("Private and confidential", HeaderY), .. Body("b")]),
            Page(3, Body("c")),
        };

        var cleaned = RunningHeaders.Apply(pages);

        Assert.Equal("Private and confidential", cleaned[0].Lines[0].Text);
        Assert.Equal("Private and confidential", cleaned[1].Lines[0].Text);
    }

    [Fact]
    public void Keeps_repeated_body_text_and_margin_text_at_varying_heights()
    {
        var pages = Enumerable.Range(1, 4).Select(n => Page(n,
        [
            Line("RESOLVED:", BodyTop + 10),
            .. Body($"page {n}"),
            Line("Background papers", FooterY + 5 * n),
        ])).ToArray();

        var cleaned = RunningHeaders.Apply(pages);

        Assert.All(cleaned, p => Assert.Equal(5, p.Lines.Count));
    }

    [Fact]
    public void Removes_a_small_type_footer_block_reaching_above_the_margin_band()
    {
        // "Special Meeting" / "Alameda City Council" / "August 9, 2022": the last line in the band, the two above it not.
        var cleaned = RunningHeaders.Apply(WithFooterBlock(4));

        Assert.All(cleaned, p => Assert.DoesNotContain(p.Lines, l => l.Text is "Special Meeting" or "Alameda City Council"));
        Assert.All(cleaned, p => Assert.Contains(p.Lines, l => l.Text.StartsWith("Resolution No.")));
        Assert.All(cleaned, p => Assert.Equal(["Special Meeting", "Alameda City Council"], p.RunningLines.Take(2)));
    }

    [Fact]
    public void Keeps_body_type_lines_above_the_band_and_small_lines_repeated_on_too_few_pages()
    {
        // Body-size text above a footer repeats ("Signed ... Chair") yet is the page's text; a small line on
        // two of six pages is a note, not a running footer.
        var pages = Enumerable.Range(1, 6).Select(n => Page(n,
        [
            .. Body($"page {n}"),
            Line("Signed as a correct record by the Chair", 92, size: 11),
            .. n <= 2 ? [Line("Draft for comment", 82, size: 8)] : Array.Empty<PageLine>(),
            Line($"Page {n}", FooterY, size: 9),
        ])).ToArray();

        var cleaned = RunningHeaders.Apply(pages);

        Assert.All(cleaned, p => Assert.Contains(p.Lines, l => l.Text.StartsWith("Signed as a correct record")));
        Assert.All(cleaned.Take(2), p => Assert.Contains(p.Lines, l => l.Text == "Draft for comment"));
    }

    [Theory]
    [InlineData("Page 3 of 12", "page # of #")]
    [InlineData("  Scrutiny   Commission 12 July 2021 ", "scrutiny commission # july #")]
    public void Normalises_case_space_and_digits(string text, string key) =>
        Assert.Equal(key, RunningHeaders.Normalise(text));
}
