using AgendaSearch.Records;
using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;
using AgendaSearch.Ingest.Tests.Fixtures;
using static AgendaSearch.Ingest.Tests.Extraction.Synthetic;

namespace AgendaSearch.Ingest.Tests.Records;

public sealed class AgendaItemBodiesTests
{
    private static IReadOnlyList<SearchRecord> Records() =>
        RecordBuilder.Build(PackParser.Parse(FixtureText.Load("Records", "us-agenda-with-text.txt")), "us-agenda");

    private static SearchRecord Item(int number) =>
        Records().Single(r => r.Type == RecordKind.Item && r.ItemNumber == number);

    [Fact]
    public void An_item_of_an_agenda_that_is_the_whole_document_holds_the_text_printed_under_it()
    {
        Assert.Contains("three-year contract with", Item(2).Text);
        Assert.Equal([1, 1], Item(2).Pages);
        Assert.Contains("shelter horses during an evacuation", Item(3).Text);
        Assert.DoesNotContain("ADJOURNMENT", Item(3).Text);
        Assert.Equal([2, 2], Item(3).Pages);
    }

    [Fact]
    public void The_last_item_stops_at_its_page_and_what_follows_stays_a_section()
    {
        Assert.DoesNotContain("SCHEDULE A", Item(4).Text);
        Assert.Contains(Records(), r => r.Type == RecordKind.Section && r.Text.Contains("street lighting account"));
        Assert.DoesNotContain(Records(), r => r.Type == RecordKind.Section && r.Text.Contains("Dial-A-Ride", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Items_whose_headings_are_not_all_printed_keep_their_titles_alone()
    {
        var page = Page(1, Line("1. Apologies", BodyTop), Line("Apologies were received.", BodyTop - 15), Line("3. Any other business", BodyTop - 30));
        var pack = new AgendaPack("front-sheet", null, [new AgendaItem(1, "Apologies"), new AgendaItem(2, "Budget 2025-26")], null, [], [], [page]);

        Assert.Empty(AgendaItemBodies.Find(pack));
    }

    [Fact]
    public void Items_with_reports_of_their_own_are_left_to_them()
    {
        var page = Page(1, Line("1. Apologies", BodyTop), Line("2. Budget 2025-26", BodyTop - 15));
        var report = new AgendaSearch.Ingest.Reports.Report("Budget 2025-26", null, null, null, [], "The budget.", [2, 9]);
        var pack = new AgendaPack("pack", null, [new AgendaItem(1, "Apologies"), new AgendaItem(2, "Budget 2025-26", Report: report)], null, [], [], [page]);

        Assert.Empty(AgendaItemBodies.Find(pack));
    }
}
