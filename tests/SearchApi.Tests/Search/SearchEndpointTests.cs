using AgendaSearch.SearchApi.Tests.Support;
using static AgendaSearch.SearchApi.Tests.Support.Council;

namespace AgendaSearch.SearchApi.Tests.Search;

public sealed class SearchEndpointTests : IDisposable
{
    private readonly TestApi _api = new TestApi().SeedCouncil();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_query_returns_the_matching_records_with_facets_for_all_of_them()
    {
        var results = await _api.GetJson("/api/search?q=budget");

        Assert.Equal(6, results.Int("total"));
        Assert.Equal(1, results.Int("page"));
        Assert.Equal(20, results.Int("pageSize"));
        Assert.Equivalent(
            new[] { BudgetMonitoring, BudgetMinute, ResolutionA, ResolutionB, BudgetStrategy, CabinetMinute },
            results.Ids("hits"),
            strict: true);
        Assert.Equivalent(new[] { "item=2", "minute=2", "resolution=2" }, results.Facet("type"), strict: true);
        Assert.Equivalent(new[] { "Cabinet=2", "Scrutiny Commission=4" }, results.Facet("body"), strict: true);
        Assert.Equivalent(new[] { "2021=2", "2022=4" }, results.Facet("year"), strict: true);
        Assert.Equivalent(new[] { "Alex Jones=1", "Amy Oliver=1", "Chris Tambini=1" }, results.Facet("officer"), strict: true);
    }

    [Fact]
    public async Task Facet_limit_keeps_the_values_with_the_highest_counts_and_zero_keeps_all()
    {
        Assert.Equal(["Scrutiny Commission=4"], (await _api.GetJson("/api/search?q=budget&facetLimit=1")).Facet("body"));
        // Equal counts are kept in value order.
        Assert.Equal(["item=2", "minute=2"], (await _api.GetJson("/api/search?q=budget&facetLimit=2")).Facet("type"));
        Assert.Equivalent(
            new[] { "Alex Jones=1", "Amy Oliver=1", "Chris Tambini=1" },
            (await _api.GetJson("/api/search?q=budget&facetLimit=0")).Facet("officer"),
            strict: true);
    }

    [Fact]
    public async Task A_hit_carries_its_place_people_snippet_and_a_pdf_link_at_the_snippets_page()
    {
        var results = await _api.GetJson("/api/search?q=million");

        var hit = Assert.Single(results.Items("hits"));
        Assert.Equal(WaysOfWorking, hit.Str("id"));
        Assert.Equal("item", hit.Str("type"));
        Assert.Equal("Ways of Working", hit.Str("title"));
        Assert.Equal(Scrutiny, hit.Str("body"));
        Assert.Equal("2022-01-31", hit.Str("meetingDate"));
        Assert.Equal(9, hit.Int("itemNumber"));
        Assert.Equal(["Chris Tambini"], hit.GetProperty("officers").EnumerateArray().Select(o => o.GetString()!));
        Assert.Equal([37, 42], hit.GetProperty("pages").EnumerateArray().Select(p => p.GetInt32()));
        Assert.Contains("<mark>million</mark>", hit.Str("snippet"));
        Assert.Equal(38, hit.Int("snippetPage"));
        Assert.Equal($"/api/packs/{JanuaryPack}/pdf#page=38", hit.Str("pdf"));
        Assert.Equal(JanuaryMeeting, hit.Str("meetingId"));
    }

    [Fact]
    public async Task A_question_hit_names_who_asked_and_who_answered()
    {
        var hit = Assert.Single((await _api.GetJson("/api/search?q=parking")).Items("hits"));

        Assert.Equal(Question, hit.Str("id"));
        Assert.Equal("Jane Smith", hit.Str("askedBy"));
        Assert.Equal("Councillor Brown", hit.Str("answeredBy"));
        Assert.Equal(Declarations, hit.Str("parentId"));
        Assert.Equal($"/api/packs/{JanuaryPack}/pdf#page=8", hit.Str("pdf"));
    }

    [Fact]
    public async Task Filters_are_or_within_a_parameter_and_and_across_parameters()
    {
        var results = await _api.GetJson("/api/search?q=budget&type=item&type=minute&body=Cabinet");

        Assert.Equivalent(new[] { BudgetStrategy, CabinetMinute }, results.Ids("hits"), strict: true);
        Assert.Equal(2, results.Int("total"));
        // A filtered facet is counted without its own filter, so the other values stay offered.
        Assert.Equivalent(new[] { "Cabinet=2", "Scrutiny Commission=2" }, results.Facet("body"), strict: true);
        Assert.Equivalent(new[] { "item=1", "minute=1" }, results.Facet("type"), strict: true);
    }

    [Fact]
    public async Task Years_and_officers_filter_and_repeat()
    {
        Assert.Equivalent(
            new[] { BudgetStrategy, CabinetMinute },
            (await _api.GetJson("/api/search?q=budget&year=2021")).Ids("hits"),
            strict: true);
        Assert.Equal(6, (await _api.GetJson("/api/search?q=budget&year=2021&year=2022")).Int("total"));
        Assert.Equivalent(
            new[] { WaysOfWorking, BudgetStrategy },
            (await _api.GetJson("/api/search?officer=Chris%20Tambini")).Ids("hits"),
            strict: true);
    }

    [Fact]
    public async Task An_empty_query_lists_every_record_but_meetings()
    {
        var results = await _api.GetJson("/api/search?pageSize=100");

        Assert.Equal(SearchableCount, results.Int("total"));
        Assert.DoesNotContain(results.Items("hits"), hit => hit.Str("type") == "meeting");
    }

    [Theory]
    [InlineData("from=2022-01-31&to=2022-01-31", 7)]
    [InlineData("from=2021-07-12", 9)]
    [InlineData("to=2021-07-12", 3)]
    [InlineData("from=2021-03-10&to=2021-07-11", 0)]
    public async Task Dates_are_inclusive(string range, int expected)
    {
        var results = await _api.GetJson($"/api/search?{range}&pageSize=100");

        Assert.Equal(expected, results.Int("total"));
        Assert.Equal(expected, results.Items("hits").Count);
    }

    [Fact]
    public async Task Sort_by_date_puts_the_newest_meeting_first_and_pages_do_not_overlap()
    {
        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var results = await _api.GetJson($"/api/search?sort=date&pageSize=4&page={page}");
            Assert.Equal(SearchableCount, results.Int("total"));
            Assert.Equal(page, results.Int("page"));
            Assert.Equal(4, results.Int("pageSize"));
            pages.AddRange(results.Items("hits").Select(hit => hit.Str("meetingDate")));
        }

        Assert.Equal(SearchableCount, pages.Count);
        Assert.Equal(pages.OrderDescending(StringComparer.Ordinal), pages);
        Assert.Equal(["2022-01-31", "2021-07-12", "2021-03-09"], pages.Distinct());
    }

    [Theory]
    [InlineData("pageSize=101", "pageSize", "from 1 to 100")]
    [InlineData("pageSize=0", "pageSize", "from 1 to 100")]
    [InlineData("pageSize=ten", "pageSize", "got \"ten\"")]
    [InlineData("page=0", "page", "1 or more")]
    [InlineData("from=31/01/2022", "from", "YYYY-MM-DD")]
    [InlineData("to=2022-02-30", "to", "YYYY-MM-DD")]
    [InlineData("from=2022-02-01&to=2022-01-01", "from", "is after to")]
    [InlineData("sort=newest", "sort", "\"relevance\"")]
    [InlineData("facetLimit=-1", "facetLimit", "0 for every value")]
    [InlineData("facetLimit=all", "facetLimit", "got \"all\"")]
    [InlineData("year=twenty", "year", "a year such as 2022")]
    [InlineData("type=report", "type", "got \"report\"")]
    [InlineData("type=item&type=minutes", "type", "one of meeting, item, minute, resolution, question, section")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it_and_the_fix(string query, string parameter, string hint)
    {
        var problem = await _api.GetProblem($"/api/search?q=budget&{query}", 400);

        Assert.Equal(400, problem.Int("status"));
        Assert.Equal("The search parameters are not valid", problem.Str("title"));
        Assert.Contains(hint, problem.Error(parameter));
        Assert.Contains(hint, problem.Str("detail"));
    }

    [Fact]
    public async Task Record_types_are_read_whatever_their_case()
    {
        var results = await _api.GetJson("/api/search?q=budget&type=ITEM");

        Assert.Equivalent(new[] { BudgetMonitoring, BudgetStrategy }, results.Ids("hits"), strict: true);
    }

    [Fact]
    public async Task An_overlong_query_is_a_400_problem()
    {
        var problem = await _api.GetProblem($"/api/search?q={string.Join("+", Enumerable.Repeat("budget", 150))}", 400);

        Assert.Contains("shorten it to at most 1000", problem.Error("q"));
    }

    [Fact]
    public async Task Every_bad_parameter_is_reported_at_once()
    {
        var problem = await _api.GetProblem("/api/search?pageSize=500&page=-1&sort=x", 400);

        Assert.Equivalent(
            new[] { "page", "pageSize", "sort" },
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name),
            strict: true);
    }

    [Theory]
    [InlineData("%22capital%20programme", "quote")]
    [InlineData("(budget%20OR%20savings", "bracket")]
    public async Task A_query_the_parser_cannot_read_is_a_400_saying_what_to_fix(string q, string hint)
    {
        var problem = await _api.GetProblem($"/api/search?q={q}", 400);

        Assert.Equal("The search query cannot be read", problem.Str("title"));
        Assert.Contains(hint, problem.Error("q"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(hint, problem.Str("detail"), StringComparison.OrdinalIgnoreCase);
    }
}
