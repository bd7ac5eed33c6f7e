using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Contracts;
using AgendaSearch.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace AgendaSearch.SearchApi.Search;

internal static class SearchEndpoints
{
    private const string ExplainDescription =
        "true: each hit carries an explanation (lines a person can read: which fields matched which words, with what "
        + "weight and share of the score, phrase matches, the kind prior, acronym expansions, and the total), for tuning "
        + "and \"why this result?\". It scores the page's hits again, so leave it off otherwise. Default false.";

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
    /// <param name="explain">
    /// true: each hit says why it ranked where it did (which fields matched, with what weight, the kind prior), for
    /// tuning and "why this result?"; it scores the page's hits again, so leave it off otherwise. Default false.
    /// </param>
    /// <param name="index">The search index (a service).</param>
    internal static Results<Ok<SearchResponse>, ValidationProblem> Search(
        [AsParameters] SearchQuery query,
        [FromQuery, Description(ExplainDescription)] string? explain,
        ISearchIndex index)
    {
        var check = new QueryParameters();
        var explained = check.Flag("explain", explain, fallback: false);
        return SearchRequests.Run(query, check, request =>
        {
            var results = index.Search(request with { Explain = explained });
            return TypedResults.Ok(new SearchResponse(
                results.Total,
                request.Page,
                request.PageSize,
                results.Hits.Select(RecordSummary.From).ToList(),
                SearchFacets.From(results.Facets),
                results.Relaxed));
        });
    }
}
