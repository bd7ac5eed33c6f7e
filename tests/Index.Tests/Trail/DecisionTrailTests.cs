using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Trail;
using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;
using static AgendaSearch.Index.Tests.Trail.ConsecutivePacks;

namespace AgendaSearch.Index.Tests.Trail;

/// <summary>Trails across two consecutive packs (agenda with reports, then the minutes that consider them).</summary>
public sealed class DecisionTrailTests
{
    [Fact]
    public void A_minute_links_back_to_its_report_and_on_to_its_resolutions_confirmation_and_later_references()
    {
        using var index = ConsecutivePacks.Index(TheJanuaryPack(), TheMarchPack(), TheCabinetPack());

        var trail = new TrailBuilder(index).Build(Minute61)!;

        Assert.Equal(
            [
                $"item found {Item8} item-number",
                $"report found {Item8} item-number",
                $"minute found {Minute61} -",
                $"resolution found {ResolutionA} parent",
                $"resolution found {ResolutionB} parent",
                $"confirmation found {ConfirmationItem} printed-in",
                $"reference found {CabinetReport} mentions-minute",
                $"reference found {MarchReport} mentions-title",
            ],
            trail.Steps.Select(Describe));
        var report = trail.Steps[1];
        Assert.Equal(["Chris Tambini", "Declan Keegan"], report.Record!.Officers);
        Assert.Equal(MtfsPages, report.Record.Pages);
        Assert.Equal(January, report.MeetingDate);
        var confirmation = trail.Steps[5];
        Assert.Equal((MarchPack, March, 1), (confirmation.PackId, confirmation.MeetingDate, confirmation.ItemNumber));
        Assert.Equal([8, 10], confirmation.Pages!);
    }

    [Fact]
    public void Every_record_of_the_chain_gives_the_same_chain()
    {
        using var index = ConsecutivePacks.Index(TheJanuaryPack(), TheMarchPack(), TheCabinetPack());
        var builder = new TrailBuilder(index);

        var fromMinute = Chain(builder.Build(Minute61)!);

        Assert.Equal(fromMinute, Chain(builder.Build(ResolutionB)!));
        Assert.Equal(fromMinute, Chain(builder.Build(Item8)!));
    }

    [Fact]
    public void The_links_do_not_depend_on_the_order_the_packs_were_indexed_in()
    {
        using var inOrder = ConsecutivePacks.Index(TheJanuaryPack(), TheMarchPack());
        using var minutesFirst = ConsecutivePacks.Index(TheMarchPack(), TheJanuaryPack());

        Assert.Equal(Chain(new TrailBuilder(inOrder).Build(Minute61)!), Chain(new TrailBuilder(minutesFirst).Build(Minute61)!));
        Assert.Contains(new TrailBuilder(minutesFirst).Build(Minute61)!.Steps, s => s.Kind == TrailKind.Report && s.Status == TrailStatus.Found);
    }

    [Fact]
    public void Without_the_earlier_pack_the_cited_report_is_marked_not_in_the_corpus()
    {
        using var index = ConsecutivePacks.Index(TheMarchPack());

        var first = new TrailBuilder(index).Build(ResolutionA)!.Steps[0];

        Assert.Equal((TrailKind.Report, TrailStatus.NotInCorpus, 8, January), (first.Kind, first.Status, first.ItemNumber, first.MeetingDate));
        Assert.Null(first.Record);
        Assert.Equal(JanuaryMeeting, first.MeetingId);
        Assert.Equal("The agenda pack for the meeting of 31 January 2022 is not in the corpus.", first.Note);
    }

    [Fact]
    public void Without_the_later_pack_an_item_says_its_minutes_are_not_in_the_corpus()
    {
        using var index = ConsecutivePacks.Index(TheJanuaryPack());

        var trail = new TrailBuilder(index).Build(Item8)!;

        Assert.Equal(["item found", "report found", "minute not-in-corpus"], trail.Steps.Select(s => $"{s.Kind.Name()} {s.Status}"));
        Assert.Equal(January, trail.Steps[2].MeetingDate);
    }

    [Fact]
    public void A_cited_item_missing_from_an_indexed_agenda_is_not_found_rather_than_guessed()
    {
        var january = JanuaryAgenda();
        var withoutItem8 = january with { AgendaItems = january.AgendaItems.Where(i => i.Number != 8).ToList() };
        using var index = ConsecutivePacks.Index((JanuaryPack, withoutItem8), TheMarchPack());

        var first = new TrailBuilder(index).Build(Minute61)!.Steps[0];

        Assert.Equal((TrailKind.Report, TrailStatus.NotFound), (first.Kind, first.Status));
        Assert.Equal("The agenda pack for the meeting of 31 January 2022 is indexed but has no item 8.", first.Note);
    }

    [Fact]
    public void Minutes_without_an_item_number_link_by_title_and_the_reverse_finds_them()
    {
        using var index = ConsecutivePacks.Index(TheJanuaryPack(), TheMarchPack());
        var builder = new TrailBuilder(index);

        Assert.Equal($"item found {Item9} title", Describe(builder.Build(Minute62)!.Steps[0]));
        Assert.Equal($"item found {Item5} title", Describe(builder.Build(Minute58)!.Steps[0]));
        Assert.Contains(builder.Build(Item5)!.Steps, s => s.Record?.Id == Minute58);
    }

    [Fact]
    public void A_standing_item_title_is_not_searched_for_later_references()
    {
        var standing = Enumerable.Range(1, 3).Select(month =>
        {
            var date = new DateOnly(2022, 3 + month, 1);
            var pack = new AgendaPack($"later-{month}.pdf", new Meeting(Scrutiny, date),
                [new AgendaItem(5, "Declarations of interest in respect of items on the agenda")], null, [], [], []);
            return ($"later-{month}", pack);
        });
        using var index = ConsecutivePacks.Index([TheJanuaryPack(), TheMarchPack(), .. standing]);

        var trail = new TrailBuilder(index).Build(Item5)!;

        Assert.DoesNotContain(trail.Steps, s => s.Kind == TrailKind.Reference);
    }

    [Fact]
    public void Unknown_ids_have_no_trail_and_meetings_have_no_steps()
    {
        using var index = ConsecutivePacks.Index(TheJanuaryPack());
        var builder = new TrailBuilder(index);

        Assert.Null(builder.Build(JanuaryMeeting + ":minute-99"));
        Assert.Empty(builder.Build(JanuaryMeeting)!.Steps);
    }

    private static string Describe(TrailStep step) =>
        $"{step.Kind.Name()} {step.Status} {step.Record?.Id ?? "-"} {step.LinkedBy ?? "-"}";

    /// <summary>The chain without how each step was reached (that depends on where one starts).</summary>
    private static IReadOnlyList<string> Chain(DecisionTrail trail) =>
        trail.Steps.Select(s => $"{s.Kind.Name()} {s.Status} {s.Record?.Id}").ToList();
}
