using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Councils;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Minutes;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;
using AgendaSearch.Ingest.Reports;

namespace AgendaSearch.Index.Tests.Records;

/// <summary>
/// Text no structured record holds becomes "section" records of its document, and no id made for a document
/// whose meeting is unknown is shared with another document.
/// </summary>
public sealed class SectionRecordsTests
{
    private const string Pack = "scrutiny-commission-2022-03-09-agenda-pack";

    [Fact]
    public void A_document_the_parsers_recognise_nothing_in_becomes_sections_covering_all_its_text()
    {
        var pack = Empty("parish-newsletter.pdf",
            Page(1, "Village News", "The playing field will be reseeded in spring."),
            Page(2, "Allotments", "Plots are available to rent."),
            Page(4, "Footpaths", "The stile on Mill Lane has been mended."));

        var section = Assert.Single(RecordBuilder.Build(pack, "parish-newsletter"));

        Assert.Equal(RecordKind.Section, section.Type);
        Assert.Equal("parish-newsletter:section-1", section.Id);
        Assert.Equal("Village News", section.Title);
        Assert.Equal([1, 4], section.Pages);
        Assert.Equal(RecordBuilder.UnknownBody, section.Body);
        Assert.Null(section.MeetingId);
        foreach (var page in pack.Pages)
        {
            Assert.Contains(page.Text, section.Text, StringComparison.Ordinal);
        }

        // Page 3 is blank (dropped in extraction): it starts where page 4 does, so page 4's words cite page 4.
        var mill = section.Text.IndexOf("Mill Lane", StringComparison.Ordinal);
        Assert.Equal(4, AgendaSearch.Index.Snippets.SnippetBuilder.PageAt(section, mill));
        Assert.Equal(2, AgendaSearch.Index.Snippets.SnippetBuilder.PageAt(section, section.Text.IndexOf("Plots", StringComparison.Ordinal)));
    }

    [Fact]
    public void Lines_no_record_holds_become_a_section_per_run_of_pages_and_held_pages_give_none()
    {
        var sample = SamplePack.Build();
        var pack = sample with
        {
            Pages =
            [
                Page(1, "Scrutiny Commission", "Membership: Councillor Barkley, Councillor Mullaney"),
                .. sample.Pages,
                Page(9, "Appendix B: Capital Programme", "Highways maintenance and bridge strengthening."),
                Page(10, "Glossary of terms"),
            ],
        };

        var records = RecordBuilder.Build(pack, Pack);
        var sections = records.Where(r => r.Type == RecordKind.Section).ToList();

        Assert.Equal([$"{Pack}:section-1", $"{Pack}:section-9"], sections.Select(s => s.Id));
        Assert.Contains("Membership: Councillor Barkley", sections[0].Text, StringComparison.Ordinal);
        Assert.Equal([9, 10], sections[1].Pages);
        Assert.Equal("Appendix B: Capital Programme", sections[1].Title);
        Assert.Equal(sections[1].Text.IndexOf("Glossary", StringComparison.Ordinal), sections[1].PageStarts[1]);
        Assert.All(sections, s => Assert.Equal("scrutiny-commission:2022-03-09", s.MeetingId));
        Assert.All(sections, s => Assert.Equal(new DateOnly(2022, 3, 9), s.MeetingDate));
        Assert.DoesNotContain(sections, s => s.Pages[0] is 3 or 4);
    }

    [Fact]
    public void A_report_tied_to_no_agenda_item_and_a_second_set_of_minutes_are_records_of_their_own()
    {
        var otherMinutes = new MinutesRecord(
            new MeetingRef("Cabinet", new DateOnly(2022, 2, 14)), null, [], null, [],
            [new MinuteEntry(12, "Waste Strategy", "The Cabinet noted the waste strategy.", [20, 20], [])],
            [20, 20]);
        var report = new Report("Supplementary: Bus Service Improvement Plan", "THE DIRECTOR OF ENVIRONMENT", "To update members.", null,
            [new OfficerContact("Mrs Ann Carruthers")], "Enhanced partnership with bus operators.", [15, 17]);
        var pack = SamplePack.Build() with { OtherReports = [report], OtherMinutes = [otherMinutes] };

        var records = RecordBuilder.Build(pack, Pack);

        var fromReport = Assert.Single(records, r => r.Id == $"{Pack}:section-15");
        Assert.Equal(RecordKind.Section, fromReport.Type);
        Assert.Equal("Supplementary: Bus Service Improvement Plan", fromReport.Title);
        Assert.Equal(["Ann Carruthers"], fromReport.Officers);
        Assert.Equal("THE DIRECTOR OF ENVIRONMENT", fromReport.Extra["reportOf"]);
        var minute = Assert.Single(records, r => r.Id == "cabinet:2022-02-14:minute-12");
        Assert.Equal(RecordKind.Minute, minute.Type);
        Assert.Equal(new DateOnly(2022, 2, 14), minute.MeetingDate);
        Assert.Single(records, r => r.Id == "cabinet:2022-02-14" && r.Type == RecordKind.Meeting);
    }

    [Fact]
    public void A_report_that_names_its_meeting_is_filed_under_that_meeting_of_its_council()
    {
        // A council's single officer report for a meeting whose front sheet is another document.
        var report = new Report("Adoption of the Minerals and Waste Local Plan", null, "To adopt the plan.", null,
            [], "The plan sets out the strategy for minerals.", [1, 4], Meeting: new MeetingRef("CABINET", new DateOnly(2025, 3, 4)));
        var pack = new AgendaPack("report.pdf", null, [], null, [], [], [], OtherReports: [report]);

        var section = Assert.Single(RecordBuilder.Build(pack, "cabinet-report", new DocumentContext("kent/report.pdf", "Kent County Council")),
            r => r.Type == RecordKind.Section && r.Title.StartsWith("Adoption", StringComparison.Ordinal));

        Assert.Equal("kent-county-council:cabinet:2025-03-04", section.MeetingId);
        Assert.Equal("Cabinet", section.Body);
        Assert.Equal("Kent County Council", section.Council);
    }

    [Fact]
    public void Documents_of_unknown_body_and_date_never_share_an_id()
    {
        var first = Empty("a.pdf", Page(1, "Minutes", "Item 1 Apologies were received from Councillor Hale.")) with
        {
            AgendaItems = [new Ingest.AgendaItems.AgendaItem(1, "Apologies")],
        };
        var second = Empty("b.pdf", Page(1, "Agenda", "Item 1 Welcome and introductions by the Mayor.")) with
        {
            AgendaItems = [new Ingest.AgendaItems.AgendaItem(1, "Welcome")],
        };
        var a = RecordBuilder.Build(first, "district-a-minutes");
        var b = RecordBuilder.Build(second, "town-b-agenda");

        Assert.Empty(a.Select(r => r.Id).Intersect(b.Select(r => r.Id)));
        Assert.Contains(a, r => r.Id == "unknown-body:undated-district-a-minutes:item-1");

        using var index = SearchIndex.OpenInMemory();
        index.ReplacePack("district-a-minutes", a);
        index.ReplacePack("town-b-agenda", b);
        index.Commit(new Dictionary<string, string>());
        foreach (var (word, pack) in new[] { ("apologies", "district-a-minutes"), ("hale", "district-a-minutes"), ("welcome", "town-b-agenda"), ("mayor", "town-b-agenda") })
        {
            var hits = index.Search(new SearchRequest { Query = word }).Hits;
            Assert.NotEmpty(hits);
            Assert.All(hits, hit => Assert.Equal([pack], hit.Record.Sources));
        }
    }

    [Fact]
    public void The_same_minutes_of_a_known_meeting_printed_twice_keep_one_id()
    {
        var inNextPack = RecordBuilder.Build(SamplePack.Build(), Pack);
        var printed = RecordBuilder.Build(Empty("minutes.pdf") with { Minutes = SamplePack.Minutes }, "scrutiny-commission-2022-01-31-minutes");

        Assert.Contains("scrutiny-commission:2022-01-31:minute-61", inNextPack.Select(r => r.Id));
        Assert.Contains("scrutiny-commission:2022-01-31:minute-61", printed.Select(r => r.Id));
    }

    private static AgendaPack Empty(string source, params PackPage[] pages) =>
        new(source, null, [], null, [], [], pages);

    private static PackPage Page(int number, params string[] lines) =>
        new(number, number, 595, 842, lines.Select(line => new PageLine(line, 72, 700, 400, 11, false)).ToList());
}
