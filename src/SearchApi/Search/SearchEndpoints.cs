using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Contracts;
using AgendaSearch.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgendaSearch.SearchApi.Search;

internal static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search)
            .WithName("Search")
            .WithTags("Search");
        return app;
    }

    /// <summary>Full-text search with filters, facets and snippets.</summary>
    /// <remarks>
    /// Filters are OR within a parameter and AND across parameters. Bad parameters and queries the
    /// parser cannot read are a 400 naming the parameter and the fix.
    /// </remarks>
    /// <param name="query">The query string.</param>
    /// <param name="index">The search index (a service).</param>
    internal static Results<Ok<SearchResponse>, ValidationProblem> Search(
        [AsParameters] SearchQuery query, ISearchIndex index) =>
        SearchRequests.Run(query, new QueryParameters(), request =>
        {
            var results = index.Search(request);
            return TypedResults.Ok(new SearchResponse(
                results.Total,
                request.Page,
                request.PageSize,
                results.Hits.Select(RecordSummary.From).ToList(),
                SearchFacets.From(results.Facets))
            {
                Expansions = results.Expansions,
            });
        });
}
