using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace AgendaSearch.SearchApi.Search;

/// <summary>
/// The query string of GET /api/search, bound as text so that a bad value gets a message naming
/// the parameter and the fix (see <see cref="SearchQueryValidator"/>) rather than a bare 400.
/// </summary>
internal sealed class SearchQuery
{
    [Description("Words, \"phrases\", AND/OR/NOT, prefix*, field:word; empty lists every record under the filters.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [Description("Record kinds: item, minute, resolution, question, section (text no other record holds), meeting (repeat for OR).")]
    [FromQuery(Name = "type")]
    public string[]? Type { get; init; }

    [Description("Councils by name or slug, e.g. \"Kent County Council\" or kent-county-council (repeat for OR).")]
    [FromQuery(Name = "council")]
    public string[]? Council { get; init; }

    [Description("Committee names, e.g. \"Scrutiny Commission\" (repeat for OR).")]
    [FromQuery(Name = "body")]
    public string[]? Body { get; init; }

    [Description("Officer names (repeat for OR).")]
    [FromQuery(Name = "officer")]
    public string[]? Officer { get; init; }

    [Description("Meeting years, e.g. 2022 (repeat for OR).")]
    [FromQuery(Name = "year")]
    public string[]? Year { get; init; }

    [Description("Earliest meeting date, YYYY-MM-DD, inclusive.")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Latest meeting date, YYYY-MM-DD, inclusive.")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("\"relevance\" (default) or \"date\" (newest meeting first).")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    [Description("1-based page number, default 1.")]
    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    [Description("Hits per page, 1 to 100, default 20.")]
    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; init; }

    [Description("Values per facet, highest counts first: 0 for every value, default 20.")]
    [FromQuery(Name = "facetLimit")]
    public string? FacetLimit { get; init; }
}
