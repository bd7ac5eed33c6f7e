using AgendaSearch.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Facets;

/// <summary>
/// Drill-sideways in one pass. The query runs with only the non-facet filters (dates); for each
/// document the facet filters are checked on its facet ordinals (<see cref="FacetFilter"/>). A document
/// passing them all is a hit: it goes to the top-hits collector and is counted in every dimension. A
/// document failing exactly one dimension's filter is counted in that dimension only, which is what the
/// sidebar needs (how many hits choosing another value there would give). Failing two: skipped.
/// Counting is an array increment per value, by global ordinal (<see cref="FacetOrdinals"/>).
/// </summary>
internal sealed class SidewaysCollector : ICollector
{
    private readonly ICollector _hits;
    private readonly FacetOrdinals _ordinals;
    private readonly FacetFilter[] _filters;
    private readonly int[][] _counts;
    private SegmentOrdinals[] _segment = [];
    private int[][] _toGlobal = [];

    public SidewaysCollector(ICollector hits, FacetOrdinals ordinals, IEnumerable<FacetFilter> filters)
    {
        _hits = hits;
        _ordinals = ordinals;
        _filters = filters.ToArray();
        _counts = Array.ConvertAll(ordinals.Values, values => new int[values.Length]);
    }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _hits.SetNextReader(context);
        _segment = _ordinals.Segments[context.Ord];
        _toGlobal = _ordinals.ToGlobal[context.Ord];
    }

    public void Collect(int doc)
    {
        var failed = -1;
        foreach (var filter in _filters)
        {
            if (filter.Passes(_segment[filter.Dimension], _toGlobal[filter.Dimension], doc))
            {
                continue;
            }

            if (failed >= 0)
            {
                return;
            }

            failed = filter.Dimension;
        }

        if (failed >= 0)
        {
            Count(failed, doc);
            return;
        }

        _hits.Collect(doc);
        for (var d = 0; d < _counts.Length; d++)
        {
            Count(d, doc);
        }
    }

    /// <summary>
    /// Counts per dimension name, highest first, then by value; at most <paramref name="limit"/> values
    /// each (null: all). Only the values returned become strings.
    /// </summary>
    public Dictionary<string, IReadOnlyList<FacetCount>> Facets(int? limit)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>();
        for (var d = 0; d < _counts.Length; d++)
        {
            var counts = _counts[d];
            var counted = new List<int>();
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    counted.Add(ord);
                }
            }

            // Global ordinals are in ordinal string order, so equal counts stay in value order.
            counted.Sort((a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
            var shown = limit is { } max && max < counted.Count ? counted.GetRange(0, max) : counted;
            facets[FacetDimension.All[d].Name] = shown.ConvertAll(ord => new FacetCount(_ordinals.Values[d][ord], counts[ord]));
        }

        return facets;
    }

    private void Count(int dimension, int doc)
    {
        var segment = _segment[dimension];
        var toGlobal = _toGlobal[dimension];
        var counts = _counts[dimension];
        for (var i = segment.Starts[doc]; i < segment.Starts[doc + 1]; i++)
        {
            counts[toGlobal[segment.Ords[i]]]++;
        }
    }
}
