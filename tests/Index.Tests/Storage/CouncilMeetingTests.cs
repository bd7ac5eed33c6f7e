using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Councils;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Minutes;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Questions;
using AgendaSearch.Ingest.Records;
using AgendaSearch.Ingest.Reports;
using AgendaSearch.Ingest.Resolutions;

namespace AgendaSearch.Index.Tests.Storage;

/// <summary>
/// One full council meeting published as four documents (front sheet, reports pack, questions paper, printed
/// minutes), each naming the body its own way, beside another council whose full council met the same day:
/// each council's documents make one meeting of their own, and no record draws on both councils' papers.
/// </summary>
public sealed class CouncilMeetingTests : IDisposable
{
    private const string Kent = "Kent County Council";
    private const string Leicestershire = "Leicestershire County Council";
    private static readonly DateOnly Day = new(2025, 3, 13);

    private readonly ISearchIndex _index = SearchIndex.OpenInMemory();

    public CouncilMeetingTests()
    {
        Index("kent-front-sheet", Kent, Pack(new Meeting("County Council", Day, From: "front-sheet"), Items(withReports: false)));
        Index("kent-reports-pack", Kent, Pack(new Meeting("COUNTY COUNCIL", Day, From: "front-sheet"), Items(withReports: true)));
        Index("kent-questions", Kent, Pack(new Meeting("Kent County Council", Day, From: "report-header"), [], questions:
        [
            new Question("member", null, "Mr A Brady", "Mr R Gough", "What will the new school places cost?", "£2m.", null, [2, 2]),
            new Question("member", null, "Ms J Hawkins", "Mr R Gough", "When will the bridge reopen?", "In May.", null, [3, 3]),
        ]));
        Index("kent-printed-minutes", Kent, Pack(null, [], minutes: new MinutesRecord(
            new MeetingRef("Kent County Council", Day), null, ["Mr R Gough"], "Mr R Gough", [],
            [
                new MinuteEntry(120, "Revenue Budget 2025-26", "The Council considered the budget.", [4, 4],
                    [new Resolution("", "RESOLVED that the budget be agreed.", [4, 4])]),
            ],
            [4, 4])));
        Index("leics-front-sheet", Leicestershire, Pack(new Meeting("County Council", Day, From: "front-sheet"), Items(withReports: true)));
        _index.Commit(new Dictionary<string, string>());
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Every_document_of_the_meeting_adds_to_one_meeting_of_its_council()
    {
        var kent = _index.Meetings(Kent, null, null, null);
        var meeting = Assert.Single(kent);
        Assert.Equal("kent-county-council:county-council:2025-03-13", meeting.Id);
        Assert.Equal(("County Council", Kent), (meeting.Body, meeting.Council));

        var records = _index.MeetingRecords(meeting.Id);
        Assert.All(records, r => Assert.Equal((Kent, "County Council", meeting.Id), (r.Council, r.Body, r.MeetingId)));
        Assert.Equal(
            ["kent-front-sheet", "kent-printed-minutes", "kent-questions", "kent-reports-pack"],
            records.SelectMany(r => r.Sources).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal([RecordKind.Item, RecordKind.Item, RecordKind.Minute, RecordKind.Resolution, RecordKind.Question, RecordKind.Question], records.Where(r => r.Type != RecordKind.Meeting).Select(r => r.Type));
        // Each record cites the document it came from: the minute the printed minutes, the questions their paper.
        Assert.Equal("kent-printed-minutes", records.Single(r => r.Type == RecordKind.Minute).PackId);
        Assert.All(records.Where(r => r.Type == RecordKind.Question), q => Assert.Equal("kent-questions", q.PackId));
    }

    [Fact]
    public void Two_councils_full_councils_on_one_day_stay_two_meetings()
    {
        var meetings = _index.Meetings(null, null, null);
        Assert.Equal(
            ["kent-county-council:county-council:2025-03-13", "leicestershire-county-council:county-council:2025-03-13"],
            meetings.Select(m => m.Id).Order(StringComparer.Ordinal));
        var leics = _index.MeetingRecords("leicestershire-county-council:county-council:2025-03-13");
        Assert.All(leics, r => Assert.Equal(["leics-front-sheet"], r.Sources));

        // No record of either council lists the other's documents.
        var all = _index.Search(new SearchRequest { Types = [.. RecordKinds.All], PageSize = 100 });
        Assert.All(all.Hits, hit => Assert.All(hit.Record.Sources, source =>
            Assert.Equal(hit.Record.Council == Kent ? "kent" : "leics", source.Split('-')[0])));
    }

    [Fact]
    public void The_council_is_a_facet_and_a_filter()
    {
        var results = _index.Search(new SearchRequest { Councils = ["leicestershire-county-council"] });

        Assert.All(results.Hits, hit => Assert.Equal(Leicestershire, hit.Record.Council));
        Assert.Equal(2, results.Total);
        // Drill-sideways: the council facet still offers the council not filtered on.
        Assert.Equal([new FacetCount(Kent, 6), new FacetCount(Leicestershire, 2)], results.Facets["council"]);
        Assert.Equal(2, _index.Search(new SearchRequest { Councils = [Leicestershire.ToUpperInvariant()] }).Total);
    }

    [Fact]
    public void An_id_from_before_councils_finds_its_record_only_where_one_council_has_it()
    {
        Assert.Equal(["kent-county-council:county-council:2025-03-13:minute-120"], _index.IdsWithoutCouncil("county-council:2025-03-13:minute-120", 2));
        Assert.Equal(2, _index.IdsWithoutCouncil("county-council:2025-03-13:item-5", 2).Count);
        Assert.Empty(_index.IdsWithoutCouncil("cabinet:2025-03-13:item-5", 2));
    }

    private void Index(string packId, string council, AgendaPack pack) =>
        _index.ReplacePack(packId, RecordBuilder.Build(pack, packId, new DocumentContext($"{packId.Split('-')[0]}/{packId}.pdf", council)));

    private static IReadOnlyList<AgendaItem> Items(bool withReports) =>
    [
        new AgendaItem(4, "Questions"),
        new AgendaItem(5, "Revenue Budget 2025-26", Report: withReports
            ? new Report("Revenue Budget 2025-26", "Deputy Leader", null, null, [], "The budget for 2025-26 is set out below.", [5, 9])
            : null),
    ];

    private static AgendaPack Pack(Meeting? meeting, IReadOnlyList<AgendaItem> items, IReadOnlyList<Question>? questions = null, MinutesRecord? minutes = null) =>
        new("x.pdf", meeting, items, minutes, questions ?? [], [], []);
}
