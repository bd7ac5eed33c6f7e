using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Hosting;
using AgendaSearch.SearchApi.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgendaSearch.SearchApi.Feeds;

/// <summary>
/// GET /api/search.atom: a search as an Atom feed, newest meeting first whatever sort asks for, so a
/// feed reader or an email-by-feed service shows new records as they are indexed. The parameters are
/// those of /api/search; pageSize (default 20, at most 100) is the number of entries.
/// </summary>
internal static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search.atom", GetFeed)
            .WithName("SearchFeed")
            .WithTags("Search");
        return app;
    }

    /// <summary>A search as an Atom feed, newest first: subscribe to be told of new records.</summary>
    /// <param name="query">The query string of /api/search; pageSize is the number of entries.</param>
    /// <param name="index">The search index (a service).</param>
    internal static Results<FeedResult, ValidationProblem> GetFeed([AsParameters] SearchQuery query, ISearchIndex index) =>
        SearchRequests.Run(query, new QueryParameters(), request =>
        {
            var newest = request with { Sort = SearchSort.Date };
            return new FeedResult(index.Search(newest).Hits, FeedTitle.Of(newest));
        });
}
