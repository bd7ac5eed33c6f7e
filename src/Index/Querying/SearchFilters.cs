using AgendaSearch.Records;
using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Facets;
using AgendaSearch.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// The filters of a request as non-scoring clauses: OR within a facet dimension, AND across
/// dimensions and the date range. Kept per dimension so a facet can be counted with every
/// filter but its own (drill-sideways).
/// <para>
/// Meeting records only show when type "meeting" is asked for: with no type filter the type
/// dimension holds "everything but meetings", which a meeting page or list reads by type.
/// </para>
/// </summary>
internal sealed class SearchFilters
{
    private static readonly string MeetingType = RecordKind.Meeting.Name();

    private readonly Dictionary<FacetDimension, Query> _byDimension = [];
    private readonly List<(FacetDimension Dimension, IReadOnlySet<string> Keys, bool Excluded)> _keys = [];
    private readonly Query? _dates;

    public SearchFilters(SearchRequest request)
    {
        _byDimension[FacetDimension.Type] = request.Types.Count == 0
            ? AllBut(new TermQuery(new Term(FieldNames.Type, MeetingType)))
            : AnyOf(FieldNames.Type, request.Types.Select(RecordKinds.Name));
        _keys.Add(request.Types.Count == 0
            ? (FacetDimension.Type, new HashSet<string> { MeetingType }, true)
            : (FacetDimension.Type, Keys(request.Types.Select(RecordKinds.Name)), false));
        AddIfAny(FacetDimension.Body, FieldNames.BodyKey, request.Bodies);
        AddIfAny(FacetDimension.Officer, FieldNames.OfficerKey, request.Officers);
        AddIfAny(FacetDimension.Year, FieldNames.Year, request.Years.Select(y => y.ToString()).ToList());
        if (request.From is not null || request.To is not null)
        {
            _dates = NumericRangeQuery.NewInt32Range(
                FieldNames.Date,
                request.From is { } from ? RecordDocument.DateKey(from) : (int?)null,
                request.To is { } to ? RecordDocument.DateKey(to) : (int?)null,
                minInclusive: true,
                maxInclusive: true);
        }
    }

    /// <summary>
    /// Each facet dimension that has a filter, as the keys it asks for (the terms of its key field): a
    /// document passes with a value under one of them, or, when <c>Excluded</c>, with none. The same filters
    /// as the queries <see cref="All"/> joins, for checking on facet ordinals (FacetFilter).
    /// </summary>
    public IReadOnlyList<(FacetDimension Dimension, IReadOnlySet<string> Keys, bool Excluded)> Facets => _keys;

    /// <summary>The filters that are not facets (the date range), or null.</summary>
    public Filter? Base => _dates is null ? null : new QueryWrapperFilter(_dates);

    /// <summary>Every filter at once.</summary>
    public Filter? All()
    {
        var clauses = _byDimension.Values.Append(_dates).OfType<Query>().ToList();
        if (clauses.Count == 0)
        {
            return null;
        }

        var all = new BooleanQuery();
        foreach (var clause in clauses)
        {
            all.Add(clause, Occur.MUST);
        }

        return new QueryWrapperFilter(all);
    }

    private void AddIfAny(FacetDimension dimension, string field, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            _byDimension[dimension] = AnyOf(field, values);
            _keys.Add((dimension, Keys(values), false));
        }
    }

    private static HashSet<string> Keys(IEnumerable<string> values) => values.Select(KeyAnalyzer.Normalise).ToHashSet(StringComparer.Ordinal);

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var value in Keys(values))
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return any;
    }

    private static BooleanQuery AllBut(Query excluded) => new()
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { excluded, Occur.MUST_NOT },
    };
}
