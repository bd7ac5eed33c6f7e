using Microsoft.AspNetCore.Mvc;

namespace AgendaSearch.SearchApi.Search;

/// <summary>
/// The query string of GET /api/search, bound as text so that a bad value gets a message naming
/// the parameter and the fix (see <see cref="SearchQueryValidator"/>) rather than a bare 400.
/// </summary>
internal sealed class SearchQuery
{
    /// <summary>Words, "phrases", AND/OR/NOT, prefix*, field:word; empty lists every record under the filters.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>Record kinds: item, minute, resolution, question (repeat for OR).</summary>
    [FromQuery(Name = "type")]
    public string[]? Type { get; init; }

    /// <summary>Committee names, e.g. "Scrutiny Commission" (repeat for OR).</summary>
    [FromQuery(Name = "body")]
    public string[]? Body { get; init; }

    /// <summary>Officer names (repeat for OR).</summary>
    [FromQuery(Name = "officer")]
    public string[]? Officer { get; init; }

    /// <summary>Meeting years, e.g. 2022 (repeat for OR).</summary>
    [FromQuery(Name = "year")]
    public string[]? Year { get; init; }

    /// <summary>Earliest meeting date, YYYY-MM-DD, inclusive.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Latest meeting date, YYYY-MM-DD, inclusive.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>"relevance" (default) or "date" (newest meeting first).</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>1-based page number, default 1.</summary>
    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    /// <summary>Hits per page, 1 to 100, default 20.</summary>
    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; init; }
}
