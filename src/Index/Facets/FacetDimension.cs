namespace AgendaSearch.Index.Facets;

/// <summary>A facet of the search sidebar and the SortedSet doc values field it is counted from.</summary>
internal sealed record FacetDimension(string Name, string DocValuesField)
{
    public static readonly FacetDimension Type = new("type", "facet_type");
    public static readonly FacetDimension Body = new("body", "facet_body");
    public static readonly FacetDimension Year = new("year", "facet_year");
    public static readonly FacetDimension Officer = new("officer", "facet_officer");

    public static readonly IReadOnlyList<FacetDimension> All = [Type, Body, Year, Officer];
}
