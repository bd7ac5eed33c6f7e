using AgendaSearch.Records;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Records;

namespace AgendaSearch.Index.Tests.Records;

public sealed class PageLocatorTests
{
    private static PackPage Page(int number, params string[] lines) =>
        new(number, null, 595, 842, lines.Select(l => new PageLine(l, 0, 0, 0, 11, false)).ToList());

    [Fact]
    public void Each_page_starts_at_its_first_line_found_in_the_text()
    {
        var locator = new PageLocator([Page(1, "First page opening line"), Page(2, "2", "Second page opening line"), Page(3, "Third page opening line")]);
        const string text = "First page opening line\nmore\nSecond page opening line\nThird page opening line";

        Assert.Equal([0, text.IndexOf("Second", StringComparison.Ordinal), text.IndexOf("Third", StringComparison.Ordinal)],
            locator.Starts(text, [1, 3]));
    }

    [Fact]
    public void A_page_not_found_is_placed_between_its_neighbours()
    {
        var locator = new PageLocator([Page(1, "aaaaaaaaaa"), Page(2, "missing from the text"), Page(3, "cccccccccc")]);
        const string text = "aaaaaaaaaa bbbbbbbbbb cccccccccc";

        var starts = locator.Starts(text, [1, 3]);
        Assert.Equal(0, starts[0]);
        Assert.Equal(22, starts[2]);
        Assert.InRange(starts[1], 1, 21);
    }

    [Fact]
    public void No_pages_no_starts() => Assert.Empty(new PageLocator([]).Starts("text", []));
}
