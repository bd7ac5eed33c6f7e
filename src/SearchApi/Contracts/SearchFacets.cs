using AgendaSearch.Index.Search;

namespace AgendaSearch.SearchApi.Contracts;

/// <summary>
/// Counts per value for the query and filters. A dimension with a filter of its own is counted as
/// if that filter were off, so the values a person could switch to still show.
/// </summary>
internal sealed record SearchFacets(
    IReadOnlyList<FacetCount> Type,
    IReadOnlyList<FacetCount> Body,
    IReadOnlyList<FacetCount> Year,
    IReadOnlyList<FacetCount> Officer,
    IReadOnlyList<FacetCount> Council)
{
    public static SearchFacets From(IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> facets)
    {
        return new(Of("type"), Of("body"), Of("year"), Of("officer"), Of("council"));

        IReadOnlyList<FacetCount> Of(string name) => facets.GetValueOrDefault(name) ?? [];
    }
}
