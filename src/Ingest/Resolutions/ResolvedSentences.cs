using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// Decisions parish clerks write into running prose: "It was resolved to adopt.", "after discussion it
/// was resolved to decline participation", "The Councillors resolved it to be satisfactory", "The
/// Councillors nominated &amp; resolved that ...", "... £96.11 Resolved to pay". Each sentence in which
/// the council resolved is one decision. "The matter was resolved" (a problem settled) is not one, and
/// neither is "All agreed this was a true record": agreeing is discussion here, resolving is deciding.
/// </summary>
internal static partial class ResolvedSentences
{
    public static List<List<(string Text, int Page)>> Blocks(IReadOnlyList<PackLine> lines)
    {
        var text = new System.Text.StringBuilder();
        var pages = new List<(int Start, int Page)>();
        foreach (var line in lines)
        {
            pages.Add((text.Length, line.Page));
            text.Append(line.Text).Append(' ');
        }
        var all = text.ToString();
        var blocks = new List<List<(string Text, int Page)>>();
        var start = 0;
        foreach (var end in SentenceEnd().Matches(all).Select(m => m.Index + m.Length).Append(all.Length))
        {
            var sentence = all[start..end].Trim();
            if (sentence.Length > 0 && Resolved().IsMatch(sentence))
                blocks.Add([(sentence, pages.Last(p => p.Start <= start).Page)]);
            start = end;
        }
        return blocks;
    }

    [GeneratedRegex(@"[.!?](?=\s+[A-Z“""‘(])")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// The council as the one resolving: "it was resolved", a sentence opening "The Councillors (nominated
    /// &amp;) resolved" (not "... the trim trail, which the Town Council resolved to build in 2016"), or
    /// "Resolved to/that" opening a clause.
    /// </summary>
    [GeneratedRegex(@"\b(?:[Ii]t|is)\s+was\s+(?:also\s+|further\s+|therefore\s+|unanimously\s+)?resolved\b|^(?:The\s+|All\s+)?(?:(?:Parish|Town)\s+)?(?:Council|Councillors|Members|Committee)\s+(?:\w+\s+(?:&|and)\s+)?(?:unanimously\s+)?resolved\b|\bResolved\s+(?:to|that)\b")]
    private static partial Regex Resolved();
}
