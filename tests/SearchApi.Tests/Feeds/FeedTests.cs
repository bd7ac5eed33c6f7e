using System.Xml.Linq;
using AgendaSearch.Records;
using AgendaSearch.SearchApi.Tests.Support;
using static AgendaSearch.SearchApi.Tests.Feeds.AtomRules;
using static AgendaSearch.SearchApi.Tests.Support.Council;

namespace AgendaSearch.SearchApi.Tests.Feeds;

public sealed class FeedTests : IDisposable
{
    private readonly TestApi _api = new TestApi().SeedCouncil();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_search_feed_is_valid_atom_with_one_entry_per_hit_newest_first()
    {
        var feed = await Feed("/api/search.atom?q=budget&sort=relevance");

        Assert.Empty(Check(feed));
        var root = feed.Root!;
        Assert.Equal("http://localhost/api/search.atom?q=budget&sort=relevance", root.Element(Atom + "id")!.Value);
        Assert.Equal("AgendaSearch: \u201cbudget\u201d", root.Element(Atom + "title")!.Value);
        Assert.Equal("2022-01-31T00:00:00Z", root.Element(Atom + "updated")!.Value);
        Assert.Equal("http://localhost/?q=budget&sort=relevance", Link(root, "alternate"));
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.Equal(6, entries.Count);
        var dates = entries.Select(e => e.Element(Atom + "updated")!.Value).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public async Task An_entry_links_to_the_records_citation_and_pdf_with_its_snippet_as_html()
    {
        var feed = await Feed("/api/search.atom?q=million");

        var entry = Assert.Single(feed.Root!.Elements(Atom + "entry"));
        Assert.Equal("http://localhost/r/scrutiny-commission/2022-01-31/item-9", entry.Element(Atom + "id")!.Value);
        Assert.Equal("http://localhost/r/scrutiny-commission/2022-01-31/item-9", Link(entry, "alternate"));
        Assert.Equal($"http://localhost/api/packs/{JanuaryPack}/pdf#page=38", Link(entry, "related"));
        Assert.Equal("Ways of Working", entry.Element(Atom + "title")!.Value);
        Assert.Equal("item", entry.Element(Atom + "category")!.Attribute("term")!.Value);
        var summary = entry.Element(Atom + "summary")!;
        Assert.Equal("html", summary.Attribute("type")!.Value);
        Assert.Contains("<mark>million</mark>", summary.Value);
        Assert.StartsWith("<p>Scrutiny Commission, 31 January 2022, agenda item 9", summary.Value);
    }

    [Fact]
    public async Task Markup_in_records_stays_text_and_the_filters_name_the_feed()
    {
        var meeting = RecordIds.Meeting(Scrutiny, January);
        _api.Seed("hostile", new SearchRecord
        {
            Id = RecordIds.Item(meeting, 77),
            Type = RecordKind.Item,
            Body = Scrutiny,
            MeetingDate = January,
            PackId = "hostile",
            Title = "Fees & charges <script>alert(1)</script>",
            Text = "Fees & charges for <b>parking</b>.",
            MeetingId = meeting,
        });

        var feed = await Feed("/api/search.atom?q=fees&type=item&body=Scrutiny+Commission&from=2022-01-01");

        Assert.Empty(Check(feed));
        Assert.Equal("AgendaSearch: \u201cfees\u201d in item, Scrutiny Commission, from 2022-01-01", feed.Root!.Element(Atom + "title")!.Value);
        var entry = Assert.Single(feed.Root.Elements(Atom + "entry"));
        Assert.Equal("Fees & charges <script>alert(1)</script>", entry.Element(Atom + "title")!.Value);
        Assert.DoesNotContain("<b>", entry.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public async Task A_feed_with_no_hits_is_still_valid_and_bad_parameters_are_a_400_problem()
    {
        Assert.Empty(Check(await Feed("/api/search.atom?q=nothingmatchesthis")));

        var problem = await _api.GetProblem("/api/search.atom?q=title:(budget&pageSize=500", 400);
        Assert.Contains("pageSize", problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        Assert.Contains("got \"report\"", (await _api.GetProblem("/api/search.atom?type=report", 400)).Error("type"));
    }

    private async Task<XDocument> Feed(string url)
    {
        using var response = await _api.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(200 == (int)response.StatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(body);
    }

    private static string? Link(XElement element, string rel) =>
        element.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;
}
