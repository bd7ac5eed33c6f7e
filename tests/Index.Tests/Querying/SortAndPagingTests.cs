using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Querying;

public sealed class SortAndPagingTests : IDisposable
{
    private readonly ISearchIndex _index = SearchIndex.OpenInMemory();

    public SortAndPagingTests()
    {
        _index.ReplacePack("pack-a",
        [
            Sample.Record("old", "Budget", "budget", date: new DateOnly(2019, 5, 1)),
            Sample.Record("new", "Roads", "budget", date: new DateOnly(2023, 2, 1)),
            Sample.Record("undated", "Budget budget", "budget budget"),
            Sample.Record("mid-title", "Budget", "budget budget", date: new DateOnly(2021, 7, 12)),
            Sample.Record("mid-text", "Parks", "a budget line among many other words here", date: new DateOnly(2021, 7, 12)),
        ]);
        _index.Commit(new Dictionary<string, string>());
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Date_sort_is_newest_first_ties_by_score_and_undated_last()
    {
        var hits = _index.Search(new SearchRequest { Query = "budget", Sort = SearchSort.Date }).Hits;
        Assert.Equal(["new", "mid-title", "mid-text", "old", "undated"], hits.Select(h => h.Record.Id));
        Assert.All(hits, h => Assert.True(h.Score > 0));
    }

    [Fact]
    public void A_blank_query_lists_newest_first()
    {
        var hits = _index.Search(new SearchRequest { Query = " " }).Hits;
        Assert.Equal(["new", "mid-title", "mid-text", "old", "undated"], hits.Select(h => h.Record.Id));
    }

    [Theory]
    [InlineData("year:2021", "mid-text,mid-title")]
    [InlineData("year:[2019 TO 2021]", "mid-text,mid-title,old")]
    [InlineData("budget AND NOT year:2021", "new,old,undated")]
    public void Years_can_be_searched_as_a_field(string query, string expected) =>
        Assert.Equal(expected.Split(','), _index.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Record.Id).Order());

    [Fact]
    public void Relevance_is_the_default_sort()
    {
        var hits = _index.Search(new SearchRequest { Query = "budget" }).Hits;
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Record.Id), hits.Select(h => h.Record.Id));
        Assert.NotEqual("new", hits[0].Record.Id);
    }

    [Fact]
    public void Pages_partition_the_hits_and_a_page_past_the_end_is_empty()
    {
        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.Date })
        {
            var all = _index.Search(new SearchRequest { Query = "budget", Sort = sort, PageSize = 10 }).Hits.Select(h => h.Record.Id).ToList();
            var paged = Enumerable.Range(1, 3)
                .SelectMany(page => _index.Search(new SearchRequest { Query = "budget", Sort = sort, Page = page, PageSize = 2 }).Hits)
                .Select(h => h.Record.Id);
            Assert.Equal(all, paged);

            var past = _index.Search(new SearchRequest { Query = "budget", Sort = sort, Page = 50, PageSize = 20 });
            Assert.Empty(past.Hits);
            Assert.Equal(5, past.Total);
            Assert.Empty(_index.Search(new SearchRequest { Query = "budget", Sort = sort, Page = int.MaxValue, PageSize = 100 }).Hits);
        }
    }

    [Fact]
    public void An_empty_index_searches_without_error()
    {
        using var empty = SearchIndex.OpenInMemory();
        var results = empty.Search(new SearchRequest { Query = "budget" });
        Assert.Equal(0, results.Total);
        Assert.Empty(results.Facets["officer"]);
        Assert.Empty(empty.Meetings(null, null, null));
        Assert.Empty(empty.Related("nothing", 5));
        Assert.Null(empty.Get("nothing"));
    }
}
