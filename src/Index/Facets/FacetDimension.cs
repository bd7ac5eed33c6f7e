using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Documents;

namespace AgendaSearch.Index.Facets;

/// <summary>A facet of the search sidebar and the SortedSet doc values field it is counted from.</summary>
internal sealed record FacetDimension(string Name, string DocValuesField, bool NameKeys = false)
{
    public static readonly FacetDimension Type = new("type", "facet_type");
    public static readonly FacetDimension Body = new("body", "facet_body", NameKeys: true);
    public static readonly FacetDimension Year = new("year", "facet_year");
    public static readonly FacetDimension Officer = new("officer", "facet_officer", NameKeys: true);
    public static readonly FacetDimension Council = new("council", "facet_council", NameKeys: true);

    public static readonly IReadOnlyList<FacetDimension> All = [Type, Body, Year, Officer, Council];

    /// <summary>Position in <see cref="All"/>, which indexes per-dimension arrays.</summary>
    public int Index => All.Select((d, i) => (d, i)).First(x => x.d == this).i;

    /// <summary>
    /// The filter keys a document with this facet value is indexed under (RecordDocument.Create): names
    /// (bodies, officers) by lower-cased form and slug, type and year by lower-cased value.
    /// </summary>
    public IEnumerable<string> KeysOf(string value) => NameKeys ? RecordDocument.KeysOf(value) : [KeyAnalyzer.Normalise(value)];
}
