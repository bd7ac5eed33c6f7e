using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Hosting;

namespace AgendaSearch.SearchApi.Search;

/// <summary>Turns the query string into a <see cref="SearchRequest"/>, noting each bad value.</summary>
internal static class SearchQueryValidator
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>
    /// Values per facet unless the request says otherwise: a sidebar shows about ten, and every type,
    /// body and year of a council fits in 20, while the officer facet can run to hundreds of names that
    /// would be most of a response. A client that lists every value (the page's "Show all") asks for 0.
    /// </summary>
    public const int DefaultFacetLimit = 20;

    /// <summary>Longer queries are refused: parsing and matching grow with them, and no person types one.</summary>
    public const int MaxQueryLength = 1000;

    public static SearchRequest Read(SearchQuery query, QueryParameters check)
    {
        var (from, to) = check.DateRange(query.From, query.To);
        return new SearchRequest
        {
            Query = Query(query.Q, check),
            Types = Types(query.Type, check),
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
            FacetLimit = check.Number(
                "facetLimit", query.FacetLimit, DefaultFacetLimit, 0, int.MaxValue,
                $"a whole number, 0 for every value (default {DefaultFacetLimit})") is > 0 and var limit ? limit : null,
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

    /// <summary>
    /// An unknown kind would match nothing and look like an empty council, so it is refused by name;
    /// case does not matter because the type field is indexed lower-case.
    /// </summary>
    private static IReadOnlyList<RecordKind> Types(string[]? values, QueryParameters check)
    {
        var kinds = new List<RecordKind>();
        foreach (var type in QueryParameters.Values(values))
        {
            if (RecordKinds.TryParse(type, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                check.Add("type", $"type must be one of {RecordKinds.Names} (\"meeting\" lists the meetings themselves); got \"{type}\".");
            }
        }

        return kinds;
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
