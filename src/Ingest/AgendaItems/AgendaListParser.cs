using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.AgendaItems;

/// <summary>
/// The agenda list of a front sheet. Items are numbered in sequence; two layouts are read:
/// table rows ("9. Title  Report by  (Pages 23 - 66)", the title and author columns wrapping onto
/// following lines) and stacked cells (a line "9." then title, author, "(Pages ...)" and note cells,
/// separated by wider gaps). Notes such as "Mrs Taylor will provide a presentation" are kept apart
/// from the title. The list ends at a capitalised heading after the last item.
/// </summary>
internal static partial class AgendaListParser
{
    /// <summary>An agenda title longer than this is a paragraph (the longest real ones name an application and its site).</summary>
    private const int ParagraphWords = 30;

    public static IReadOnlyList<AgendaItem> Parse(IReadOnlyList<PackLine> lines, IReadOnlyCollection<string> knownRoles)
    {
        var rows = FindRows(lines);
        var items = new List<AgendaItem>();
        for (var r = 0; r < rows.Count; r++)
        {
            var (index, number, rest) = rows[r];
            var end = r + 1 < rows.Count ? rows[r + 1].Index : lines.Count;
            var block = lines.Skip(index + 1).Take(end - index - 1).ToList();
            var last = r == rows.Count - 1;
            items.Add(rest.Length > 0
                ? AgendaRows.Table(number, lines[index], rest, block, knownRoles, last)
                : AgendaRows.Stacked(number, block, knownRoles, last));
        }
        // Numbered paragraphs of a report are no agenda: most of their "titles" run to whole paragraphs.
        return items.Count(i => Words.Count(i.Title) > ParagraphWords) * 2 > items.Count ? [] : items;
    }

    /// <summary>
    /// The rows of the agenda: the longest run of candidates numbered in sequence. A sheet may print two lists
    /// (an annual parish meeting's and the council's own AGM, both from 1), or number the headings of an
    /// appended schedule from 1 again; the longer, unbroken list is the agenda. One row alone counts only
    /// under an agenda heading ("Agenda Item No").
    /// </summary>
    private static List<(int Index, int Number, string Text)> FindRows(IReadOnlyList<PackLine> lines)
    {
        var candidates = Enumerable.Range(0, lines.Count)
            .Select(i => (Index: i, Row: Row(lines, i)))
            .Where(c => c.Row is not null)
            .Select(c => (c.Index, Number: c.Row!.Value.Item1, Text: c.Row.Value.Item2))
            .ToList();
        var best = new List<(int, int, string)>();
        var bestSkipped = 0;
        for (var start = 0; start < candidates.Count; start++)
        {
            var run = new List<(int, int, string)> { candidates[start] };
            var skipped = 0;
            var expected = candidates[start].Number + 1;
            for (var c = start + 1; c < candidates.Count; c++)
            {
                if (candidates[c].Number != expected)
                {
                    skipped++;
                    continue;
                }
                run.Add(candidates[c]);
                expected++;
            }
            var counts = (run.Count > 1 || UnderAgendaHeading(lines, candidates[start].Index)) && !UnderCirculationHeading(lines, candidates[start].Index);
            if (counts && (run.Count > best.Count || (run.Count == best.Count && skipped < bestSkipped)))
                (best, bestSkipped) = (run, skipped);
        }
        return best;
    }

    /// <summary>A numbered list of who receives the papers ("Circulation:", "Copies to:") is no agenda.</summary>
    private static bool UnderCirculationHeading(IReadOnlyList<PackLine> lines, int i) =>
        i > 0 && CirculationHeading().IsMatch(lines[i - 1].Text);

    private static bool UnderAgendaHeading(IReadOnlyList<PackLine> lines, int i) =>
        i > 0 && AgendaHeading().IsMatch(lines[i - 1].Text);

    /// <summary>"9. Title ..." or, in a stacked list, "9." alone in its cell (a gap above or below it).</summary>
    private static (int, string)? Row(IReadOnlyList<PackLine> lines, int i)
    {
        var line = lines[i];
        var m = RowStart().Match(line.Text);
        if (!m.Success)
            return null;
        var rest = m.Groups["rest"].Value.Trim();
        if (rest.Length == 0)
            return line.AfterBreak || (i + 1 < lines.Count && lines[i + 1].AfterBreak) ? (int.Parse(m.Groups["n"].Value), "") : null;
        if (!m.Groups["dot"].Success && !Words.StartsUpper(rest) && !(char.IsDigit(rest[0]) && UnderAgendaHeading(lines, i)))
            return null;
        return (int.Parse(m.Groups["n"].Value), rest);
    }

    [GeneratedRegex(@"^(?:circulation|distribution)(?:\s+list)?\s*:?$|^(?:copies|copy)\s+to\s*:?$|^cc\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex CirculationHeading();

    [GeneratedRegex(@"^(?:a\s?g\s?e\s?n\s?d\s?a|(?:agenda\s+)?item\s+(?:no\.?|number))$", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaHeading();

    [GeneratedRegex(@"^(?<n>\d{1,3})(?<dot>[.)])?(?:\s+(?<rest>\S.*))?$")]
    private static partial Regex RowStart();
}
