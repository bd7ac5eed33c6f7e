using AgendaSearch.Records;
using AgendaSearch.SearchApi.Tests.Support;
using static AgendaSearch.SearchApi.Tests.Support.Council;

namespace AgendaSearch.SearchApi.Tests.Search;

/// <summary>Text of a pack no other record holds ("section" records) is searched, filtered and listed like the other kinds.</summary>
public sealed class SectionRecordTests : IDisposable
{
    private const string Pack = "scrutiny-commission-2022-01-31-appendices";
    private static readonly string Appendix = RecordIds.Section(Pack, 44);
    private static readonly string FrontSheet = RecordIds.Section(Pack, 1);

    private readonly TestApi _api = new TestApi().SeedCouncil();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_section_is_a_type_to_filter_on_and_a_facet_value()
    {
        SeedSections();

        var results = await _api.GetJson("/api/search?q=medium&type=section");

        var hit = Assert.Single(results.Items("hits"));
        Assert.Equal(Appendix, hit.Str("id"));
        Assert.Equal("section", hit.Str("type"));
        Assert.Equal($"/api/packs/{Pack}/pdf#page=45", hit.Str("pdf"));
        Assert.Contains("section=1", (await _api.GetJson("/api/search?q=glossary")).Facet("type"));
        Assert.Equal(2, (await _api.GetJson("/api/search?type=Section")).Int("total"));
    }

    [Fact]
    public async Task A_meetings_sections_are_listed_with_its_other_records_in_page_order()
    {
        SeedSections();

        var meeting = await _api.GetJson($"/api/meetings/{JanuaryMeeting}");

        Assert.Equal([FrontSheet, Appendix], meeting.Ids("other"));
    }

    private void SeedSections() =>
        _api.Seed(Pack,
            Section(Appendix, "Appendix C: Glossary", "Appendix C: Glossary\nMTFS: Medium Term Financial Strategy", [44, 45], [0, 21]),
            Section(FrontSheet, "Membership", "Membership\nCouncillors Barkley, Mullaney and Smith", [1, 1], [0]));

    private static SearchRecord Section(string id, string title, string text, int[] pages, int[] pageStarts) =>
        Council.Record(id, "section", title, text, January, Pack, pages) with { PageStarts = pageStarts };
}
