using AgendaSearch.Index.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Facets;

/// <summary>
/// Counts facet values of the documents a query collects, run beside the top-hits collector.
/// Counting is by segment ordinal into a plain array; ordinals are resolved to strings once per
/// segment when the collector moves on, so the per-hit cost is an array increment. A segment that
/// has no value for a dimension (no officers at all) simply has no doc values for it.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<FacetDimension> dimensions) : ICollector
{
    private readonly Dictionary<string, int>[] _totals =
        dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();

    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[dimensions.Count];
    private readonly int[]?[] _counts = new int[]?[dimensions.Count];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FoldSegment();
        for (var i = 0; i < dimensions.Count; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(dimensions[i].DocValuesField);
            _values[i] = values;
            _counts[i] = values is null ? null : new int[checked((int)values.ValueCount)];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            var counts = _counts[i]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
            }
        }
    }

    /// <summary>Counts per dimension name and value.</summary>
    public Dictionary<string, Dictionary<string, int>> Counts()
    {
        FoldSegment();
        return dimensions.Select((d, i) => (d.Name, Counts: _totals[i])).ToDictionary(x => x.Name, x => x.Counts);
    }

    /// <summary>A dimension's counts as shown: highest first, then by value.</summary>
    public static IReadOnlyList<FacetCount> Ordered(Dictionary<string, int> counts) =>
        counts
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new FacetCount(kv.Key, kv.Value))
            .ToList();

    private void FoldSegment()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < dimensions.Count; i++)
        {
            if (_values[i] is not { } values || _counts[i] is not { } counts)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, scratch);
                var value = scratch.Utf8ToString();
                _totals[i][value] = _totals[i].GetValueOrDefault(value) + counts[ord];
            }

            _values[i] = null;
            _counts[i] = null;
        }
    }
}
