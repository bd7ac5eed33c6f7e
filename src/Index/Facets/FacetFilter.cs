namespace AgendaSearch.Index.Facets;

/// <summary>
/// A facet filter (OR of values, or "all but" a value) checked on a document's facet ordinals instead of
/// with a query: which global ordinals pass, decided once per search from the keys each value is indexed
/// under (<see cref="FacetDimension.KeysOf"/>), so it matches exactly the documents the filter's term
/// query on the key field would.
/// </summary>
internal sealed class FacetFilter
{
    private readonly bool[] _passing;
    private readonly bool _noValuePasses;

    /// <param name="keys">The normalised filter values, as the key field's terms.</param>
    /// <param name="excluded">True: documents with one of the keys fail and all others pass (no value included).</param>
    public FacetFilter(int dimension, IReadOnlySet<string> keys, bool excluded, FacetOrdinals ordinals)
    {
        Dimension = dimension;
        var facet = FacetDimension.All[dimension];
        _passing = Array.ConvertAll(ordinals.Values[dimension], value => facet.KeysOf(value).Any(keys.Contains) != excluded);
        _noValuePasses = excluded;
    }

    /// <summary>Index of the dimension in <see cref="FacetDimension.All"/>.</summary>
    public int Dimension { get; }

    /// <summary>Whether a document passes, given its ordinals in a segment and that segment's map to global ordinals.</summary>
    public bool Passes(SegmentOrdinals segment, int[] toGlobal, int doc)
    {
        var (from, to) = (segment.Starts[doc], segment.Starts[doc + 1]);
        if (from == to)
        {
            return _noValuePasses;
        }

        if (_noValuePasses)
        {
            for (var i = from; i < to; i++)
            {
                if (!_passing[toGlobal[segment.Ords[i]]])
                {
                    return false;
                }
            }

            return true;
        }

        for (var i = from; i < to; i++)
        {
            if (_passing[toGlobal[segment.Ords[i]]])
            {
                return true;
            }
        }

        return false;
    }
}
