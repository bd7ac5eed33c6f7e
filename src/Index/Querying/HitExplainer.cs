using System.Globalization;
using System.Text.RegularExpressions;
using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Search;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// Why each hit of a page scored what it did, from Lucene's own explanation (IndexSearcher.Explain, which scores
/// the hit again clause by clause: costly, so only for the page and only when asked). The explanation's tree is
/// read for its leaves (a word or phrase matched in a field) and its multipliers (the kind prior, classic
/// coordination), and each leaf becomes a line with its share of the total: the shares and the multipliers'
/// lines account for the whole score.
/// </summary>
internal static partial class HitExplainer
{
    public static SearchHit[] Explain(IndexSearcher searcher, QueryPlan plan, ScoreDoc[] page, SearchHit[] hits)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = hits[i] with { Explanation = Read(searcher.Explain(plan.Scored, page[i].Doc), plan) };
        }

        return hits;
    }

    /// <summary>The readable lines of <paramref name="explanation"/>, best contribution first, multipliers after.</summary>
    internal static HitExplanation Read(Explanation explanation, QueryPlan plan)
    {
        var total = explanation.Value;
        var matches = new List<(float Share, string Line)>();
        var factors = new List<string>();
        Walk(explanation, 1f, total, plan.Notes, matches, factors);
        var lines = matches.OrderByDescending(m => m.Share).Select(m => m.Line).Concat(factors).ToList();
        if (plan.Relaxed)
        {
            lines.Add("relaxed search: no record had every word, so this one has most of them");
        }

        lines.Add($"total {Number(total)}");
        return new HitExplanation(total, lines);
    }

    private static void Walk(
        Explanation node, float multiplier, float total, IReadOnlyDictionary<string, string> notes,
        List<(float, string)> matches, List<string> factors)
    {
        var description = node.Description ?? "";
        if (Weight().Match(description) is { Success: true } weight)
        {
            var share = node.Value * multiplier;
            matches.Add((share, Match(weight, Frequency(node), share, total, notes)));
            return;
        }

        if (ConstantScore().Match(description) is { Success: true } constant)
        {
            var share = node.Value * multiplier;
            matches.Add((share, $"{FieldName(constant.Groups["field"].Value)} matched '{constant.Groups["what"].Value}' (scored as one match) → {Share(share, total)}"));
            return;
        }

        var details = node.GetDetails() ?? [];
        if (details.Length == 0)
        {
            if (node.Value != 0f)
            {
                matches.Add((node.Value * multiplier, $"{description.Trim()} → {Share(node.Value * multiplier, total)}"));
            }

            return;
        }

        // A product's scalar factors (the kind prior, classic coord) scale what the other factors contribute.
        var scale = multiplier;
        foreach (var factor in details.Where(IsFactor))
        {
            scale *= factor.Value;
            if (factor.Value != 1f)
            {
                factors.Add(Factor(factor));
            }
        }

        foreach (var detail in details.Where(d => !IsFactor(d)))
        {
            Walk(detail, description.EndsWith("product of:", StringComparison.Ordinal) ? scale : multiplier, total, notes, matches, factors);
        }
    }

    /// <summary>A multiplier of a product: a leaf the similarity did not score as a match (kind prior, coord).</summary>
    private static bool IsFactor(Explanation detail) =>
        (detail.GetDetails() is null or { Length: 0 })
        && (detail.Description?.StartsWith(KindPrior.Label, StringComparison.Ordinal) == true
            || detail.Description?.StartsWith("coord(", StringComparison.Ordinal) == true);

    private static string Factor(Explanation factor)
    {
        var description = factor.Description ?? "";
        return description.StartsWith(KindPrior.Label, StringComparison.Ordinal)
            ? $"{KindPrior.Label}: {description[KindPrior.Label.Length..].Trim()} ×{Number(factor.Value)}"
            : $"matched {description["coord(".Length..].TrimEnd(')').Replace("/", " of ", StringComparison.Ordinal)} query clauses ×{Number(factor.Value)}";
    }

    private static string Match(Match weight, string? frequency, float share, float total, IReadOnlyDictionary<string, string> notes)
    {
        var field = FieldName(weight.Groups["field"].Value);
        var what = weight.Groups["what"].Value;
        var boost = weight.Groups["boost"].Success ? $" (weight {weight.Groups["boost"].Value.TrimEnd('0').TrimEnd('.')})" : "";
        var times = frequency is null or "1" ? "" : $" ×{frequency}";
        var line = weight.Groups["slop"].Success
            ? $"words near one another {what} in {field}, within {weight.Groups["slop"].Value}{boost} → {Share(share, total)}"
            : what.StartsWith('"')
                ? $"phrase {what} in {field}{times}{boost} → {Share(share, total)}"
                : $"{field} matched '{what}'{times}{boost} → {Share(share, total)}";
        var key = what.Trim('"');
        return notes.TryGetValue(key, out var note) || notes.TryGetValue(weight.Groups["what"].Value, out note)
            ? $"{line} ({note})"
            : line;
    }

    /// <summary>How often the term or phrase occurs (termFreq=3, phraseFreq=0.5 for a sloppy one), from the score's details.</summary>
    private static string? Frequency(Explanation node)
    {
        if (Freq().Match(node.Description ?? "") is { Success: true } freq)
        {
            return float.Parse(freq.Groups["freq"].Value, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture);
        }

        return (node.GetDetails() ?? []).Select(Frequency).FirstOrDefault(f => f is not null);
    }

    private static string FieldName(string field) => field switch
    {
        FieldNames.TitleWords => "title (unstemmed)",
        FieldNames.TextWords => "text (unstemmed)",
        FieldNames.AskedBy => "asked by",
        FieldNames.AnsweredBy => "answered by",
        _ => field,
    };

    private static string Share(float share, float total) => $"{Number(share)} of {Number(total)}";

    private static string Number(float value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A similarity's leaf: weight(text:"villag green"~8^0.5 in 12) [BM25Similarity], result of:</summary>
    [GeneratedRegex(@"^weight\((?<field>[\w]+):(?<what>.+?)(~(?<slop>\d+))?(\^(?<boost>[\d.]+))? in \d+\)")]
    private static partial Regex Weight();

    [GeneratedRegex(@"^ConstantScore\((?<field>[\w]+):(?<what>.*)\)")]
    private static partial Regex ConstantScore();

    [GeneratedRegex(@"(term|phrase)Freq=(?<freq>[\d.E-]+)|^tf\(freq=(?<freq>[\d.E-]+)\)")]
    private static partial Regex Freq();
}
