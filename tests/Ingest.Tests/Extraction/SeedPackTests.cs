using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Tests.Extraction;

/// <summary>
/// Extraction of the two seed packs (Chrome renders of HTML: A4, the page number centred at the
/// foot of every page and equal to the physical page, blank pages, "Agenda Item N" stamps).
/// </summary>
public class SeedPackTests
{
    public static TheoryData<string, int> PageCounts => new() { { Corpus.July2021, 148 }, { Corpus.March2022, 310 } };

    [Theory]
    [MemberData(nameof(PageCounts))]
    public void Reads_every_page_and_recovers_the_printed_number_of_each(string pack, int pages)
    {
        Assert.Equal(pages, SeedPacks.Raw(pack).Count);
        var clean = SeedPacks.Clean(pack);
        Assert.Equal(pack, clean.Source);
        Assert.All(clean.Pages, p => Assert.Equal(p.Number, p.PrintedNumber));
    }

    [Theory]
    [MemberData(nameof(PageCounts))]
    public void Drops_exactly_the_pages_that_carry_nothing_but_their_number_or_a_blank_notice(string pack, int pages)
    {
        var kept = SeedPacks.Clean(pack).Pages.Select(p => p.Number).ToHashSet();
        var dropped = SeedPacks.Raw(pack).Where(p => !kept.Contains(p.Number)).ToList();

        Assert.NotEmpty(dropped);
        Assert.True(kept.Count + dropped.Count == pages);
        Assert.All(dropped, p => Assert.All(p.Lines, l =>
            Assert.Matches(@"^(\d+|This page is intentionally left blank)$", l.Text)));
    }

    [Fact]
    public void Drops_the_blank_page_4_of_the_July_pack_and_keeps_the_numbering_of_the_rest()
    {
        var numbers = SeedPacks.Clean(Corpus.July2021).Pages.Select(p => p.Number).ToList();

        Assert.DoesNotContain(4, numbers);
        Assert.Equal([1, 2, 3, 5, 6], numbers.Take(5));
    }

    [Fact]
    public void Records_the_agenda_item_8_stamp_on_page_14_of_the_July_pack_where_the_report_starts_mid_page()
    {
        var stamped = SeedPacks.Clean(Corpus.July2021).Pages.Where(p => p.AgendaItemStamp is not null).ToList();

        var page = Assert.Single(stamped);
        Assert.Equal(14, page.Number);
        Assert.Equal(8, page.AgendaItemStamp);
        Assert.DoesNotContain("Agenda Item 8", page.Text);
        Assert.Contains(page.Lines, l => l.Text == "CHAIRMAN" && l.Y > page.AgendaItemStampY);
        Assert.Contains(page.Lines, l => l.Text == "Performance" && l.Y < page.AgendaItemStampY);
    }

    [Fact]
    public void Records_each_report_stamp_of_the_March_pack()
    {
        var stamps = SeedPacks.Clean(Corpus.March2022).Pages
            .Where(p => p.AgendaItemStamp is not null)
            .Select(p => (p.Number, p.AgendaItemStamp!.Value));

        Assert.Equal([(5, 1), (19, 8), (112, 9), (124, 10), (180, 11), (276, 12)], stamps);
    }

    [Theory]
    [InlineData(Corpus.July2021)]
    [InlineData(Corpus.March2022)]
    public void Leaves_no_page_numbers_blank_notices_or_markup_in_the_text(string pack)
    {
        foreach (var page in SeedPacks.Clean(pack).Pages)
        {
            Assert.DoesNotContain(page.Lines, l => l.Text == page.Number.ToString() || l.Y < page.Height * MarginLines.Band);
            Assert.DoesNotContain("intentionally left blank", page.Text);
            Assert.DoesNotMatch(new Regex(@"</?u>|\*\*"), page.Text);
        }
    }

    [Fact]
    public void Keeps_the_columns_of_the_agenda_table_as_cells()
    {
        var front = SeedPacks.Clean(Corpus.July2021).Pages[0];

        var item = Assert.Single(front.Lines, l => l.Text.StartsWith("1. Minutes of the meeting"));

        Assert.Equal("1. Minutes of the meeting held on 9th June 2021 (Pages 5 - 14)", item.Text);
        Assert.Equal(["1. Minutes of the meeting held on 9th June 2021", "(Pages 5 - 14)"], item.Cells!.Select(c => c.Text));
        Assert.True(item.Cells![1].X > front.Width / 2);
    }

    [Fact]
    public void Mends_line_end_breaks_keeping_real_hyphens()
    {
        var text = string.Join('\n', SeedPacks.Clean(Corpus.July2021).Pages.Select(p => p.Text));

        Assert.Contains("where the Service was pre-Covid\ncompared to now.", text);
        Assert.Contains("for all non-critical and non-essential\n", text);
        Assert.Contains("enabling more self-service.", text);
    }
}
