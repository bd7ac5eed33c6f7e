using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Records;

namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// Turns a need's judgements into the grade of each record id they name: the records of the judgement's pack whose pages span its
/// page (of its kind, when given) whose title and text contain its phrase, case, spacing and typographic quotes aside.
/// A record named by several judgements takes the highest grade. A judgement naming no record is an error, so a
/// change in parsing cannot silently void a judgement.
/// </summary>
public static partial class JudgementResolver
{
    public static ResolvedNeed Resolve(InformationNeed need, IReadOnlyDictionary<string, IReadOnlyList<SearchRecord>> packs)
    {
        var grades = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<string>();
        var named = new List<IReadOnlyList<string>>();
        foreach (var judgement in need.Judgements)
        {
            var matched = Records(judgement, packs, out var problem);
            named.Add(matched.Select(r => r.Id).ToList());
            if (problem is not null)
            {
                errors.Add($"{need.Set}:{judgement.Line}: need {need.Id}: {problem}");
                continue;
            }

            foreach (var record in matched)
            {
                grades[record.Id] = Math.Max(grades.GetValueOrDefault(record.Id, 0), judgement.Grade);
            }
        }

        return new ResolvedNeed(need, grades, errors, named);
    }

    /// <summary>The records one judgement names; <paramref name="problem"/> says why there are none.</summary>
    public static IReadOnlyList<SearchRecord> Records(Judgement judgement, IReadOnlyDictionary<string, IReadOnlyList<SearchRecord>> packs, out string? problem)
    {
        problem = null;
        if (!packs.TryGetValue(PackId.FromPath(judgement.Pack), out var records))
        {
            problem = $"no pack {judgement.Pack} in the corpus";
            return [];
        }

        var phrase = Normal(judgement.Phrase);
        var matched = records
            .Where(r => Spans(r, judgement.Page) && (judgement.Kind is null || r.Type == judgement.Kind))
            .Where(r => Normal(r.Title + "\n" + r.Text).Contains(phrase, StringComparison.Ordinal))
            .ToList();
        if (matched.Count == 0)
        {
            var kind = judgement.Kind is { } k ? $"{k.Name()} " : "";
            problem = $"no {kind}record of {judgement.Pack} on page {judgement.Page} has \"{judgement.Phrase}\"";
        }

        return matched;
    }

    /// <summary>
    /// Whether the record's pages (its first and last) include <paramref name="page"/>. An agenda line with no report
    /// has no pages; the pack, kind and phrase name it alone.
    /// </summary>
    private static bool Spans(SearchRecord record, int page) =>
        record.Pages.Length == 0 || record.Pages[0] <= page && page <= record.Pages[^1];

    /// <summary>Lower case, one space for any run of spacing, plain quotes and dashes.</summary>
    public static string Normal(string text) =>
        Spacing().Replace(text.ToLowerInvariant(), " ")
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"')
            .Replace('\u2013', '-').Replace('\u2014', '-')
            .Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spacing();
}
