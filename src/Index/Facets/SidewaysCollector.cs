using AgendaSearch.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Facets;

/// <summary>
/// Drill-sideways in one pass. The query runs with only the non-facet filters (dates); for each
/// document the facet filters are checked against per-segment bit sets. A document passing them
/// all is a hit: it goes to the top-hits collector and is counted in every dimension. A document
/// failing exactly one dimension's filter is counted in that dimension only, which is what the
/// sidebar needs (how many hits choosing another value there would give). Failing two: skipped.
/// </summary>
internal sealed class SidewaysCollector : ICollector
{
    private readonly ICollector _hits;
    private readonly FacetCollector _hitFacets;
    private readonly IReadOnlyList<(FacetDimension Dimension, Filter Filter)> _filters;
    private readonly FacetCollector[] _near;
    private readonly FixedBitSet?[] _passing;

    public SidewaysCollector(ICollector hits, IReadOnlyList<(FacetDimension Dimension, Filter Filter)> filters)
    {
        _hits = hits;
        _filters = filters;
        _hitFacets = new FacetCollector(FacetDimension.All);
        _near = filters.Select(f => new FacetCollector([f.Dimension])).ToArray();
        _passing = new FixedBitSet?[filters.Count];
    }

    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _hits.SetNextReader(context);
        _hitFacets.SetNextReader(context);
        for (var i = 0; i < _filters.Count; i++)
        {
            _near[i].SetNextReader(context);
            _passing[i] = Passing(_filters[i].Filter, context);
        }
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var i = 0; i < _passing.Length; i++)
        {
            if (_passing[i] is { } passing && passing.Get(doc))
            {
                continue;
            }

            if (failed >= 0)
            {
                return;
            }

            failed = i;
        }

        if (failed < 0)
        {
            _hits.Collect(doc);
            _hitFacets.Collect(doc);
        }
        else
        {
            _near[failed].Collect(doc);
        }
    }

    /// <summary>Counts per dimension: hits, plus the near misses of a filtered dimension.</summary>
    public Dictionary<string, IReadOnlyList<FacetCount>> Facets()
    {
        var counts = _hitFacets.Counts();
        foreach (var near in _near)
        {
            foreach (var (name, nearCounts) in near.Counts())
            {
                foreach (var (value, count) in nearCounts)
                {
                    counts[name][value] = counts[name].GetValueOrDefault(value) + count;
                }
            }
        }

        return counts.ToDictionary(kv => kv.Key, kv => FacetCollector.Ordered(kv.Value));
    }

    private static FixedBitSet? Passing(Filter filter, AtomicReaderContext context)
    {
        var iterator = filter.GetDocIdSet(context, null)?.GetIterator();
        if (iterator is null)
        {
            return null;
        }

        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        bits.Or(iterator);
        return bits;
    }
}
