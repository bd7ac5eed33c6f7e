using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// Minutes that print no minute numbers but set each heading over an "(Item N)" line
/// ("Participation Team update" / "(Item 4)"): the item number is the only identifier printed, so it
/// numbers the entry. The heading is the paragraph right above the reference, up to a few lines (a
/// title may wrap, and a page break may fall between it and its reference). A numbered heading
/// over a reference ("270. Apologies" / "(Item 1)") is a numbered minute, not one of these.
/// </summary>
internal static partial class ItemHeadings
{
    private const int MaxTitleLines = 3;

    public static List<MinuteHeading> Find(IReadOnlyList<PackLine> lines, int from)
    {
        var found = new List<MinuteHeading>();
        for (var k = from + 1; k < lines.Count; k++)
        {
            var reference = Reference().Match(lines[k].Text);
            if (!reference.Success)
                continue;
            var start = k - 1;
            while (start > from && k - start < MaxTitleLines && !lines[start].AfterBreak && !lines[start].FirstOnPage && !Words.EndsSentence(lines[start - 1].Text))
                start--;
            var title = lines.Skip(start).Take(k - start).Select(l => l.Text).ToList();
            if (!Words.StartsUpper(title[0]) || Numbered().IsMatch(title[0]) || Words.EndsSentence(title[^1]) || (found.Count > 0 && start <= found[^1].Line + found[^1].Length))
                continue;
            found.Add(new MinuteHeading(start, int.Parse(reference.Groups["n"].Value), Words.TrimHeading(string.Join(' ', title)) + " " + lines[k].Text, k - start + 1));
        }
        return found;
    }

    /// <summary>A line that is only an item reference: "(Item 3)", "(Agenda Item 4a)".</summary>
    public static bool IsReference(string text) => Reference().IsMatch(text);

    [GeneratedRegex(@"^\((?:agenda\s+)?item\s+(?<n>\d{1,3})[a-z]?\)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^(?:minute\s+)?\d{1,4}[.:)]?(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
