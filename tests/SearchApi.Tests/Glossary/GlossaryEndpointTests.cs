using AgendaSearch.Records;
using AgendaSearch.SearchApi.Tests.Councils;
using AgendaSearch.SearchApi.Tests.Support;

namespace AgendaSearch.SearchApi.Tests.Glossary;

/// <summary>
/// Kent's papers define WPL as the Workplace Parking Levy; Bristol's use WPL for something else they define as
/// well. The glossary lists each council's own, a search for either form finds the other within the council,
/// and the snippet marks whichever form matched.
/// </summary>
public sealed class GlossaryEndpointTests
{
    [Fact]
    public async Task The_glossary_lists_a_councils_definitions_with_where_they_are_printed_and_the_built_ins()
    {
        using var api = Seeded();

        var glossary = await api.GetJson("/api/glossary?council=kent-county-council");

        Assert.Equal(TwoCouncils.Kent, glossary.Str("council"));
        var wpl = Assert.Single(glossary.Items("entries"), e => e.Str("acronym") == "WPL");
        Assert.Equal(("Workplace Parking Levy", "papers", TwoCouncils.Kent, 1), (wpl.Str("longForm"), wpl.Str("source"), wpl.Str("council"), wpl.Int("places")));
        var place = Assert.Single(wpl.Items("definedIn"));
        Assert.Equal(($"{TwoCouncils.KentMeeting}:item-3", TwoCouncils.KentPack, 2), (place.Str("recordId"), place.Str("packId"), place.Int("page")));
        Assert.Contains(glossary.Items("entries"), e => e.Str("acronym") == "MTFS" && e.Str("source") == "built-in");
        Assert.Equal(glossary.Items("entries").Count, glossary.Int("total"));
    }

    [Fact]
    public async Task Without_a_council_every_councils_definitions_are_listed()
    {
        using var api = Seeded();

        var glossary = await api.GetJson("/api/glossary");

        var wpl = glossary.Items("entries").Where(e => e.Str("acronym") == "WPL").Select(e => $"{e.Str("council")}: {e.Str("longForm")}");
        Assert.Equal([$"{TwoCouncils.Bristol}: Western Power Link", $"{TwoCouncils.Kent}: Workplace Parking Levy"], wpl.Order());
    }

    [Theory]
    [InlineData("/api/glossary?places=many", "places")]
    [InlineData("/api/glossary?places=51", "places")]
    [InlineData("/api/glossary?council=", "council", 201)]
    public async Task Bad_parameters_are_a_400_naming_them(string url, string parameter, int repeat = 0)
    {
        using var api = Seeded();

        var problem = await api.GetProblem(url + new string('x', repeat), 400);

        Assert.Contains(parameter, problem.Error(parameter));
    }

    [Fact]
    public async Task An_unknown_council_is_a_404_saying_where_council_names_are()
    {
        using var api = Seeded();

        var problem = await api.GetProblem("/api/glossary?council=Nowhere%20Council", 404);

        Assert.Contains("council facet", problem.Str("detail"));
    }

    [Fact]
    public async Task An_acronym_search_finds_and_marks_the_long_form_within_the_council()
    {
        using var api = Seeded();

        var results = await api.GetJson("/api/search?q=WPL");

        var kentMinute = Assert.Single(results.Items("hits"), h => h.Str("id") == $"{TwoCouncils.KentMeeting}:minute-12");
        Assert.Contains("<mark>workplace parking levy</mark>", kentMinute.Str("snippet"));
        // Bristol's minute spells out Kent's meaning, not Bristol's: not a match.
        Assert.DoesNotContain(results.Items("hits"), h => h.Str("id") == $"{TwoCouncils.BristolMeeting}:minute-12");
        var kent = Assert.Single(results.Items("expansions"), e => e.Str("council") == TwoCouncils.Kent);
        Assert.Equal(("Workplace Parking Levy", "papers", $"{TwoCouncils.KentPack} p.2"), (kent.Str("longForm"), kent.Str("source"), kent.Str("definedIn")));
        Assert.StartsWith("WPL = Workplace Parking Levy", kent.Str("note"));
    }

    [Fact]
    public async Task A_long_form_search_finds_and_marks_the_acronym_within_the_council()
    {
        using var api = Seeded();

        var results = await api.GetJson("/api/search?q=workplace%20parking%20levy");

        var kentItem = Assert.Single(results.Items("hits"), h => h.Str("id") == $"{TwoCouncils.KentMeeting}:item-13");
        Assert.Contains("<mark>WPL</mark>", kentItem.Str("snippet"));
        Assert.DoesNotContain(results.Items("hits"), h => h.Str("id") == $"{TwoCouncils.BristolMeeting}:item-3");
    }

    [Fact]
    public async Task Explain_names_the_acronym_expansion_beside_the_long_form_it_matched()
    {
        using var api = Seeded();

        var results = await api.GetJson("/api/search?q=WPL&explain=true");

        var kentMinute = Assert.Single(results.Items("hits"), h => h.Str("id") == $"{TwoCouncils.KentMeeting}:minute-12");
        var lines = kentMinute.GetProperty("explanation").Items("lines").Select(l => l.GetString()!).ToList();
        Assert.Contains(lines, l => l.StartsWith("phrase \"workplac park levi\" in text", StringComparison.Ordinal)
            && l.EndsWith($"(WPL = Workplace Parking Levy ({TwoCouncils.Kent}), defined in {TwoCouncils.KentPack} p.2)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_names_the_acronym_a_long_form_search_also_matched()
    {
        using var api = Seeded();

        var results = await api.GetJson("/api/search?q=workplace%20parking%20levy&explain=true");

        var kentItem = Assert.Single(results.Items("hits"), h => h.Str("id") == $"{TwoCouncils.KentMeeting}:item-13");
        var lines = kentItem.GetProperty("explanation").Items("lines").Select(l => l.GetString()!).ToList();
        Assert.Contains(lines, l => l.StartsWith("text matched 'wpl'", StringComparison.Ordinal) && l.Contains("(WPL = Workplace Parking Levy", StringComparison.Ordinal));
    }

    private static TestApi Seeded()
    {
        var api = new TestApi();
        return api
            .Seed(TwoCouncils.KentPack,
                Record(TwoCouncils.Kent, TwoCouncils.KentPack, "item-3", "Parking", "Page one.\nThe Workplace Parking Levy (WPL) would fund buses."),
                Record(TwoCouncils.Kent, TwoCouncils.KentPack, "minute-12", "Parking", "Members asked when the workplace parking levy would start."),
                Record(TwoCouncils.Kent, TwoCouncils.KentPack, "item-13", "Buses", "The WPL receipts go to buses."))
            .Seed(TwoCouncils.BristolPack,
                Record(TwoCouncils.Bristol, TwoCouncils.BristolPack, "item-3", "Power", "The Western Power Link (WPL) was approved. The WPL opens in May."),
                Record(TwoCouncils.Bristol, TwoCouncils.BristolPack, "minute-12", "Parking", "Kent's workplace parking levy was noted."));
    }

    private static SearchRecord Record(string council, string packId, string suffix, string title, string text) =>
        TwoCouncils.Record(council, packId, RecordKind.Item, suffix, title, text) with { PageStarts = [0, 10] };
}
