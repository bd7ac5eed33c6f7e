using AgendaSearch.Ingest.Extraction;
using static AgendaSearch.Ingest.Tests.Extraction.Synthetic;

namespace AgendaSearch.Ingest.Tests.Extraction;

public class PrintedPageNumbersTests
{
    private static PackPage[] PagesWithFooters(Func<int, string> footer, double y = FooterY, int count = 3) =>
        Enumerable.Range(1, count).Select(n => Page(n, [.. Body($"page {n}"), Line(footer(n), y, x: 290)])).ToArray();

    [Theory]
    [InlineData("{0}")]
    [InlineData("Page {0}")]
    [InlineData("page {0} of 12")]
    [InlineData("Page | {0}")]
    [InlineData("- {0} -")]
    [InlineData("– {0} –")]
    public void Takes_the_printed_number_out_of_the_footer(string form)
    {
        var pages = PrintedPageNumbers.Apply(PagesWithFooters(n => string.Format(form, n + 10)));

        Assert.Equal([11, 12, 13], pages.Select(p => p.PrintedNumber ?? 0));
        Assert.All(pages, p => Assert.Equal(3, p.Lines.Count));
        Assert.All(pages, p => Assert.DoesNotContain(p.Lines, l => l.Y == FooterY));
    }

    [Fact]
    public void Reads_a_number_in_the_header_too()
    {
        var pages = PrintedPageNumbers.Apply(PagesWithFooters(n => $"Page {n}", HeaderY));

        Assert.Equal([1, 2, 3], pages.Select(p => p.PrintedNumber ?? 0));
    }

    [Fact]
    public void Takes_the_number_cell_of_a_footer_line_and_leaves_the_rest()
    {
        var pages = Enumerable.Range(1, 3)
            .Select(n => Page(n, [.. Body("x"), Cells(FooterY, (72, "Scrutiny Commission 9 March 2022"), (480, $"Page {n}"))]))
            .ToArray();

        var cleaned = PrintedPageNumbers.Apply(pages);

        Assert.Equal([1, 2, 3], cleaned.Select(p => p.PrintedNumber ?? 0));
        Assert.All(cleaned, p => Assert.Equal("Scrutiny Commission 9 March 2022", p.Lines[^1].Text));
    }

    [Fact]
    public void Prefers_the_packs_page_stamp_to_a_reports_own_number_and_removes_both()
    {
        // A compiled pack: the compiler stamps "Page 17.." while the report keeps its own "1, 2, 3".
        var pages = Enumerable.Range(1, 3)
            .Select(n => Page(n + 16, [.. Body("x"), Line(n.ToString(), 50, x: 290), Line($"Page {n + 16}", 30, x: 290)]))
            .ToArray();

        var cleaned = PrintedPageNumbers.Apply(pages);

        Assert.Equal([17, 18, 19], cleaned.Select(p => p.PrintedNumber ?? 0));
        Assert.All(cleaned, p => Assert.Equal(3, p.Lines.Count));
    }

    [Fact]
    public void Leaves_a_lone_figure_at_the_foot_of_a_page_that_no_other_page_agrees_with()
    {
        var pages = new[]
        {
            Page(1, [.. Body("a"), Line("1", FooterY, x: 290)]),
            Page(2, [.. Body("b"), Cells(50, (72, "Total"), (400, "2022")), Line("2", FooterY, x: 290)]),
            Page(3, [.. Body("c"), Line("3", FooterY, x: 290)]),
        };

        var cleaned = PrintedPageNumbers.Apply(pages);

        Assert.Equal([1, 2, 3], cleaned.Select(p => p.PrintedNumber ?? 0));
        Assert.Equal("Total 2022", cleaned[1].Lines[^1].Text);
    }

    [Fact]
    public void Ignores_numbers_in_the_body_of_the_page()
    {
        var pages = Enumerable.Range(1, 3).Select(n => Page(n, Line("Body", BodyTop), Line(n.ToString(), 400))).ToArray();

        var cleaned = PrintedPageNumbers.Apply(pages);

        Assert.All(cleaned, p => Assert.Null(p.PrintedNumber));
        Assert.All(cleaned, p => Assert.Equal(2, p.Lines.Count));
    }

    [Fact]
    public void Trusts_a_bare_number_on_a_document_of_one_page()
    {
        var page = Assert.Single(PrintedPageNumbers.Apply([Page(1, [.. Body("x"), Line("7", FooterY, x: 290)])]));

        Assert.Equal(7, page.PrintedNumber);
    }
}
