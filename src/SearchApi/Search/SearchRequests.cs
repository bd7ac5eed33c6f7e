using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgendaSearch.SearchApi.Search;

/// <summary>
/// The search parameters read the one way for /api/search, the feed and the exports: the same checks,
/// and a query the parser cannot read is the same 400 naming "q", returned before any of the body is written.
/// </summary>
internal static class SearchRequests
{
    public static Results<T, ValidationProblem> Run<T>(
        SearchQuery query, QueryParameters check, Func<SearchRequest, T> run)
        where T : IResult
    {
        var request = SearchQueryValidator.Read(query, check);
        if (!check.IsValid)
        {
            return Problems.Invalid(check.Errors, "The search parameters are not valid");
        }

        try
        {
            return run(request);
        }
        catch (QuerySyntaxException e)
        {
            check.Add("q", e.Message);
            return Problems.Invalid(check.Errors, "The search query cannot be read");
        }
    }
}
