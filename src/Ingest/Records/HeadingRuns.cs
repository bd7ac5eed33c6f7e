using System.Text.RegularExpressions;
using AgendaSearch.Records;

namespace AgendaSearch.Ingest.Records;

/// <summary>
/// Tells a run of loose lines that only repeats the headings of records the document already holds: the
/// numbered headings a minutes parser took as titles ("57 Defibrillators", "277. Local Transport Plan"), the
/// "(Item 8)" references beside them, "Question 18 – Katherine Martin" above a question, a "Mayor’s Response:"
/// label, a contents list of the same. Such a run is kept (its numbers are findable nowhere else) but marked,
/// so ranking can put the records it names first. A line counts as a heading when, without its number or
/// label, nothing is left, or what is left is the title of one of the document's records or the name of a
/// question's asker; a run is headings only when nearly all its lines are.
/// </summary>
internal static partial class HeadingRuns
{
    /// <summary>Share of a run's lines that must be headings: one stray date or time in a long run does not spoil it.</summary>
    private const double HeadingShare = 0.8;

    /// <summary>Longest line taken for a heading, in words; a paragraph is never one.</summary>
    private const int HeadingWords = 16;

    public static bool IsHeadingsOnly(IReadOnlyList<string> lines, IReadOnlyList<SearchRecord> records)
    {
        if (lines.Count == 0)
        {
            return false;
        }

        var names = records
            .Where(r => r.Type is RecordKind.Minute or RecordKind.Item or RecordKind.Question or RecordKind.Resolution)
            .SelectMany(r => new[] { r.Title, r.AskedBy })
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => Key(s!))
            .Where(k => k.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        var headings = lines.Count(line => IsHeading(line, names));
        return headings >= HeadingShare * lines.Count;
    }

    private static bool IsHeading(string line, HashSet<string> names)
    {
        if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > HeadingWords)
        {
            return false;
        }

        var rest = ItemReference().Replace(Label().Replace(line.Trim(), ""), "").Trim();
        var key = Key(rest);
        return key.Length == 0 || ResponseLabel().IsMatch(rest) || names.Contains(key);
    }

    /// <summary>Case, spacing, dashes and punctuation do not tell two headings apart.</summary>
    private static string Key(string text) =>
        string.Join(' ', NonWord().Split(text.ToLowerInvariant()).Where(w => w.Length > 0));

    /// <summary>A heading's leading number or label: "57", "277.", "9)", "(Item 8)", "Minute 12:", "Question 18 –".</summary>
    [GeneratedRegex(@"^(?:\(?(?:item|minute|question|agenda\s+item)\s+)?\(?\d+[a-z]?(?:\.\d+)*[.):]?\)?(?:\s*[\u2013\u2014-]\s*|\s+|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>An "(Item 8)" reference printed under or beside a heading.</summary>
    [GeneratedRegex(@"\(\s*(?:agenda\s+)?item\s+\d+[a-z]?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemReference();

    /// <summary>"Mayor’s Response:", "Response", "Answer:", "Leader's reply": the label above an answer.</summary>
    [GeneratedRegex(@"^(?:[\p{L}\s]+['\u2019]s\s+)?(?:response|answer|reply)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseLabel();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
