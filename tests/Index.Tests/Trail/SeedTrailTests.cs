using AgendaSearch.Records;
using AgendaSearch.Index.Trail;

namespace AgendaSearch.Index.Tests.Trail;

/// <summary>
/// The trail on the seed corpus: the 9 March 2022 pack prints the minutes of 31 January 2022 (item 1);
/// minute 61 resolves (a) and (b) and files "the report marked 'Agenda Item 8'", whose pack is not in
/// the corpus. The July 2021 pack prints the minutes of 9 June 2021.
/// </summary>
public sealed class SeedTrailTests(SeedCorpus seed) : IClassFixture<SeedCorpus>
{
    private static readonly string January = RecordIds.Meeting("Scrutiny Commission", new DateOnly(2022, 1, 31));
    private static readonly string Minute61 = RecordIds.Minute(January, 61);

    [Fact]
    public void Minute_61_leads_back_to_agenda_item_8_not_in_the_corpus_and_on_to_resolutions_a_and_b()
    {
        var trail = new TrailBuilder(seed.Index).Build(Minute61)!;

        var report = trail.Steps[0];
        Assert.Equal((TrailKind.Report, TrailStatus.NotInCorpus, 8), (report.Kind, report.Status, report.ItemNumber));
        Assert.Equal((new DateOnly(2022, 1, 31), January), (report.MeetingDate, report.MeetingId));
        Assert.Equal(TrailLink.ItemNumber, report.LinkedBy);

        var minute = trail.Steps[1];
        Assert.Equal((TrailKind.Minute, Minute61), (minute.Kind, minute.Record!.Id));
        Assert.StartsWith("Provisional Medium Term Financial Strategy", minute.Record.Title);
        Assert.Equal(
            [RecordIds.Resolution(Minute61, "a"), RecordIds.Resolution(Minute61, "b")],
            trail.Steps.Where(s => s.Kind == TrailKind.Resolution).Select(s => s.Record!.Id));
    }

    [Fact]
    public void The_january_minutes_are_confirmed_under_item_1_of_the_march_pack_on_their_own_pages()
    {
        var trail = new TrailBuilder(seed.Index).Build(RecordIds.Resolution(Minute61, "b"))!;

        var confirmation = Assert.Single(trail.Steps, s => s.Kind == TrailKind.Confirmation);
        var minute = seed.Index.Get(Minute61)!;
        Assert.Equal((SeedCorpus.March2022, new DateOnly(2022, 3, 9), 1), (confirmation.PackId, confirmation.MeetingDate, confirmation.ItemNumber));
        Assert.Equal(RecordIds.Item(RecordIds.Meeting("Scrutiny Commission", new DateOnly(2022, 3, 9)), 1), confirmation.Record!.Id);
        Assert.Equal(minute.Pages, confirmation.Pages);
        Assert.InRange(confirmation.Pages![0], 5, 14);
    }

    [Fact]
    public void The_june_2021_minutes_are_confirmed_in_the_july_pack()
    {
        var june = RecordIds.Meeting("Scrutiny Commission", new DateOnly(2021, 6, 9));
        var minute = seed.Index.MeetingRecords(june).First(r => r.Type == RecordKind.Minute);

        var trail = new TrailBuilder(seed.Index).Build(minute.Id)!;

        var confirmation = Assert.Single(trail.Steps, s => s.Kind == TrailKind.Confirmation);
        Assert.Equal((SeedCorpus.July2021, new DateOnly(2021, 7, 12)), (confirmation.PackId, confirmation.MeetingDate));
        Assert.All(trail.Steps.Where(s => s.Kind is TrailKind.Item or TrailKind.Report),
            step => Assert.Equal(TrailStatus.NotInCorpus, step.Status));
    }
}
