using System.Collections;
using AgendaSearch.Index.Documents;
using AgendaSearch.Records;
using Lucene.Net.Index;
using Lucene.Net.Queries.Function;
using Lucene.Net.Queries.Function.DocValues;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// A score multiplier by record kind (<see cref="RankingOptions.SectionWeight"/>, <see cref="RankingOptions.DecisionWeight"/>),
/// applied through a BoostedQuery: per hit it is one array read by the kind's ordinal in the field cache of the type
/// field, which is uninverted once per segment.
/// </summary>
internal sealed class KindPrior : ValueSource
{
    private readonly IReadOnlyDictionary<string, float> _weights;

    private KindPrior(IReadOnlyDictionary<string, float> weights) => _weights = weights;

    /// <summary>The prior for the query <paramref name="text"/>; null when it would weigh every kind alike.</summary>
    public static KindPrior? For(string? text, RankingOptions ranking)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        if (ranking.SectionWeight != 1f)
        {
            weights[RecordKind.Section.Name()] = ranking.SectionWeight;
        }

        if (ranking.DecisionWeight != 1f && PlainWords.AsksForDecision(text))
        {
            weights[RecordKind.Resolution.Name()] = ranking.DecisionWeight;
            weights[RecordKind.Minute.Name()] = ranking.DecisionWeight;
        }

        return weights.Count == 0 ? null : new KindPrior(weights);
    }

    /// <summary>The words an explanation of this prior starts with (HitExplainer recognises them).</summary>
    public const string Label = "kind prior";

    public override FunctionValues GetValues(IDictionary context, AtomicReaderContext readerContext)
    {
        var kinds = FieldCache.DEFAULT.GetTermsIndex(readerContext.AtomicReader, FieldNames.Type);
        var byOrdinal = new float[kinds.ValueCount];
        var names = new string[kinds.ValueCount];
        var term = new BytesRef();
        for (var ordinal = 0; ordinal < byOrdinal.Length; ordinal++)
        {
            kinds.LookupOrd(ordinal, term);
            names[ordinal] = term.Utf8ToString();
            byOrdinal[ordinal] = _weights.GetValueOrDefault(names[ordinal], 1f);
        }

        return new Values(this, kinds, byOrdinal, names);
    }

    public override string GetDescription() =>
        Label + "(" + string.Join(", ", _weights.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key}={w.Value}")) + ")";

    public override bool Equals(object? o) =>
        o is KindPrior other && other._weights.Count == _weights.Count
        && _weights.All(w => other._weights.TryGetValue(w.Key, out var value) && value == w.Value);

    public override int GetHashCode() =>
        _weights.Aggregate(17, (hash, w) => hash ^ HashCode.Combine(w.Key, w.Value));

    private sealed class Values(KindPrior source, SortedDocValues kinds, float[] byOrdinal, string[] names) : SingleDocValues(source)
    {
        public override float SingleVal(int doc) => kinds.GetOrd(doc) is >= 0 and var ordinal ? byOrdinal[ordinal] : 1f;

        public override string ToString(int doc) =>
            $"{Label} {(kinds.GetOrd(doc) is >= 0 and var ordinal ? names[ordinal] : "none")}";
    }
}
