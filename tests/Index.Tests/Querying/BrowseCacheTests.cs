using AgendaSearch.Records;
using AgendaSearch.Index.Querying;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Querying;

/// <summary>
/// The browse view is kept per searcher generation: asked again it is the same answer, and a commit that changes
/// the index changes it at once. Anything that narrows the view (words, a filter, a far page) is computed each time.
/// </summary>
public sealed class BrowseCacheTests : IDisposable
{
    private readonly ISearchIndex _index = SearchIndex.OpenInMemory();

    public BrowseCacheTests()
    {
        _index.ReplacePack("pack-a",
        [
            Sample.Record("old", "Budget", "budget", date: new DateOnly(2019, 5, 1)),
            Sample.Record("new", "Roads", "roads", body: "Cabinet", date: new DateOnly(2023, 2, 1)),
        ]);
        _index.Commit(new Dictionary<string, string>());
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void The_browse_view_asked_twice_is_the_kept_answer()
    {
        var first = _index.Search(new SearchRequest());
        var second = _index.Search(new SearchRequest { Query = "  " });

        Assert.Same(first, second);
        Assert.Equal(["new", "old"], first.Hits.Select(h => h.Record.Id));
    }

    [Fact]
    public void A_commit_changes_the_browse_view_at_once()
    {
        var before = _index.Search(new SearchRequest());

        _index.ReplacePack("pack-b", [Sample.Record("newest", "Parks", "parks", body: "Cabinet", date: new DateOnly(2024, 1, 1), packId: "pack-b")]);
        _index.Commit(new Dictionary<string, string>());
        var after = _index.Search(new SearchRequest());

        Assert.Equal(2, before.Total);
        Assert.Equal(3, after.Total);
        Assert.Equal(["newest", "new", "old"], after.Hits.Select(h => h.Record.Id));
        Assert.Equal(2, after.Facets["body"].Single(f => f.Value == "Cabinet").Count);
    }

    [Fact]
    public void Page_size_and_facet_limit_are_part_of_the_kept_answer()
    {
        var one = _index.Search(new SearchRequest { PageSize = 1, FacetLimit = 1 });
        var two = _index.Search(new SearchRequest { PageSize = 2 });

        Assert.Equal(["new"], one.Hits.Select(h => h.Record.Id));
        Assert.Single(one.Facets["body"]);
        Assert.Equal(["new", "old"], two.Hits.Select(h => h.Record.Id));
        Assert.Equal(2, two.Facets["body"].Count);
    }

    [Theory]
    [InlineData("budget", null, null, 1)]
    [InlineData(null, "Cabinet", null, 1)]
    [InlineData(null, null, 2021, 1)]
    [InlineData(null, null, null, 6)]
    public void Words_filters_and_far_pages_are_not_the_browse_view(string? query, string? body, int? year, int page)
    {
        var request = new SearchRequest
        {
            Query = query,
            Bodies = body is null ? [] : [body],
            Years = year is null ? [] : [year.Value],
            Page = page,
        };

        Assert.False(BrowseCache.Applies(request));
        Assert.NotSame(_index.Search(request), _index.Search(request));
    }

    [Fact]
    public void A_reader_keeps_a_bounded_number_of_browse_answers()
    {
        var answers = Enumerable.Range(1, 40).Select(limit => _index.Search(new SearchRequest { FacetLimit = limit })).ToList();

        var again = Enumerable.Range(1, 40).Select(limit => _index.Search(new SearchRequest { FacetLimit = limit })).ToList();

        Assert.Equal(32, answers.Zip(again).Count(pair => ReferenceEquals(pair.First, pair.Second)));
        Assert.All(again, a => Assert.Equal(["new", "old"], a.Hits.Select(h => h.Record.Id)));
    }

    [Fact]
    public void The_plain_browse_view_applies()
    {
        Assert.True(BrowseCache.Applies(new SearchRequest { Query = null, Page = 2, PageSize = 50, FacetLimit = 0 }));
        Assert.False(BrowseCache.Applies(new SearchRequest { Types = [RecordKind.Meeting] }));
        Assert.False(BrowseCache.Applies(new SearchRequest { From = new DateOnly(2020, 1, 1) }));
        Assert.False(BrowseCache.Applies(new SearchRequest { Officers = ["Jane Smith"] }));
    }
}
