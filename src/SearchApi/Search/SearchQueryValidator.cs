using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Hosting;

namespace AgendaSearch.SearchApi.Search;

/// <summary>Turns the query string into a <see cref="SearchRequest"/>, noting each bad value.</summary>
internal static class SearchQueryValidator
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Longer queries are refused: parsing and matching grow with them, and no person types one.</summary>
    public const int MaxQueryLength = 1000;

    public static SearchRequest Read(SearchQuery query, QueryParameters check)
    {
        var (from, to) = check.DateRange(query.From, query.To);
        return new SearchRequest
        {
            Query = Query(query.Q, check),
            Types = QueryParameters.Values(query.Type),
            Bodies = QueryParameters.Values(query.Body),
            Officers = QueryParameters.Values(query.Officer),
            Years = QueryParameters.Values(query.Year)
                .Select(year => check.Number("year", year, 0, 1, 9999, "a year such as 2022"))
                .ToList(),
            From = from,
            To = to,
            Sort = Sort(query.Sort, check),
            Page = check.Number("page", query.Page, 1, 1, int.MaxValue, "a whole number, 1 or more (default 1)"),
            PageSize = check.Number(
                "pageSize", query.PageSize, DefaultPageSize, 1, MaxPageSize,
                $"a whole number from 1 to {MaxPageSize} (default {DefaultPageSize})"),
        };
    }

    private static string? Query(string? value, QueryParameters check)
    {
        if (value?.Length > MaxQueryLength)
        {
            check.Add("q", $"q is {value.Length} characters long; shorten it to at most {MaxQueryLength}.");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static SearchSort Sort(string? value, QueryParameters check)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "relevance":
                return SearchSort.Relevance;
            case "date":
                return SearchSort.Date;
            default:
                check.Add("sort", $"sort must be \"relevance\" (best match first) or \"date\" (newest first); got \"{value}\".");
                return SearchSort.Relevance;
        }
    }
}
