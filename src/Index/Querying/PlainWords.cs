using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// What ranking reads from the query text itself: whether it is plain words (no quotes, operators, fields or
/// wildcards: what a person types, and the only queries that get phrase boosts and the relaxed fallback), which
/// of its words carry its subject, and whether it asks what was decided.
/// </summary>
internal static partial class PlainWords
{
    /// <summary>
    /// Words of a question that say nothing of its subject ("what did the commission resolve on the MTFS"): a
    /// relaxed search leaves them out. The analyser's stop words (the, on, of ...) are dropped by the parser anyway.
    /// </summary>
    private static readonly FrozenSet<string> QuestionWords = new[]
    {
        "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "did", "do", "does", "done", "was",
        "were", "has", "have", "had", "been", "is", "are", "about", "any", "all", "we", "our", "us", "i", "me",
        "my", "you", "your", "they", "them", "can", "could", "would", "should", "shall", "may", "might", "tell",
        "show", "find", "give", "list", "please", "regarding", "concerning", "happened", "ever", "so", "from",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that ask for a decision: resolutions and minutes record what was decided.</summary>
    private static readonly FrozenSet<string> DecisionWords = new[]
    {
        "resolve", "resolved", "resolves", "resolution", "resolutions", "agree", "agreed", "agrees", "decide",
        "decided", "decides", "decision", "decisions", "approve", "approved", "approves", "approval", "vote",
        "voted", "adopt", "adopted", "endorse", "endorsed", "determine", "determined",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of <paramref name="text"/> when it is plain words only, else null.</summary>
    public static IReadOnlyList<string>? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => PlainWord().IsMatch(w) && w is not ("AND" or "OR" or "NOT")) ? words : null;
    }

    /// <summary>The words that carry the subject: <paramref name="words"/> without question words.</summary>
    public static IReadOnlyList<string> Content(IReadOnlyList<string> words) =>
        words.Where(w => !QuestionWords.Contains(w.TrimEnd('.', ','))).ToList();

    /// <summary>The words without decision words (resolved, agreed ...).</summary>
    public static IReadOnlyList<string> WithoutDecisionWords(IReadOnlyList<string> words) =>
        words.Where(w => !DecisionWords.Contains(w.TrimEnd('.', ','))).ToList();

    /// <summary>True when any word of <paramref name="text"/> (plain or not) asks what was decided.</summary>
    public static bool AsksForDecision(string? text) =>
        text is not null && Word().Matches(text).Any(m => DecisionWords.Contains(m.Value));

    /// <summary>A letter or digit first; then letters, digits and the joiners a word may hold, none special to the parser.</summary>
    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}'’.,&-]*$")]
    private static partial Regex PlainWord();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
