using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace AgendaSearch.Index.Facets;

/// <summary>
/// Global ordinals for one searcher generation (one top-level reader): every dimension's values over all
/// segments in ordinal string order, and per segment the map from its ordinals to the global ones. A search
/// counts into one array per dimension indexed by global ordinal and turns only the values it returns into
/// <see cref="Search.FacetCount"/>s. Built on a reader's first search (cheap: values, not documents; the
/// per-document arrays are <see cref="SegmentOrdinals"/>, cached per segment) and dropped with the reader.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, FacetOrdinals> Cache = new();

    private FacetOrdinals(IndexReader reader)
    {
        var dimensions = FacetDimension.All.Count;
        Segments = reader.Leaves.Select(leaf => SegmentOrdinals.For(leaf.AtomicReader)).ToArray();
        Values = new string[dimensions][];
        ToGlobal = new int[Segments.Length][][];
        for (var s = 0; s < Segments.Length; s++)
        {
            ToGlobal[s] = new int[dimensions][];
        }

        for (var d = 0; d < dimensions; d++)
        {
            var values = Segments.SelectMany(segment => segment[d].Values).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var global = values.Select((value, ord) => (value, ord)).ToDictionary(x => x.value, x => x.ord, StringComparer.Ordinal);
            Values[d] = values;
            for (var s = 0; s < Segments.Length; s++)
            {
                ToGlobal[s][d] = Array.ConvertAll(Segments[s][d].Values, value => global[value]);
            }
        }
    }

    /// <summary>Per dimension (<see cref="FacetDimension.All"/> order), each global ordinal's value.</summary>
    public string[][] Values { get; }

    /// <summary>Per segment (leaf order) and dimension, the documents' segment ordinals.</summary>
    public SegmentOrdinals[][] Segments { get; }

    /// <summary>Per segment and dimension, segment ordinal to global ordinal.</summary>
    public int[][][] ToGlobal { get; }

    public static FacetOrdinals For(IndexReader reader) => Cache.GetValue(reader, r => new FacetOrdinals(r));
}
