using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Resolutions;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// US city minutes that key each item by its legislative file number instead of an item number:
/// "(22-503) Tod Hickman expressed concern ...", "(*22-505) Recommendation to ... Accepted." (the
/// asterisk marks an item enacted on consent). The entry is numbered by the part after the dash and
/// titled by the sentence after the number. A lettered file ("(22-506A) Resolution No. ...") belongs
/// to the item before it, as one more decision. An item's text stops at a section heading in capitals
/// ("CONSENT CALENDAR", "COUNCIL COMMUNICATIONS"), so a debate printed under the heading before the
/// item it decides is not read as part of the item before.
/// </summary>
internal static partial class FileNumberHeadings
{
    public static List<MinuteHeading> Find(IReadOnlyList<PackLine> lines, int from)
    {
        var found = new List<MinuteHeading>();
        for (var i = from; i < lines.Count; i++)
        {
            var m = FileNumber().Match(lines[i].Text);
            if (!m.Success || m.Groups["letter"].Success)
                continue;
            var title = Title(lines, i, m.Groups["t"].Value);
            // The heading line stays in the entry's text: its outcome word may follow the title on it.
            found.Add(new MinuteHeading(i, int.Parse(m.Groups["n"].Value), title, 0, m.Groups["printed"].Value, EntryKind.FileItem, SectionEnd(lines, i + 1)));
        }
        return found;
    }

    /// <summary>The sentence after the number, over its wrapped lines (across a page footer) up to a paragraph break.</summary>
    private static string Title(IReadOnlyList<PackLine> lines, int at, string first)
    {
        var parts = new List<string> { first };
        for (var k = at + 1; k < lines.Count && parts.Count < 6; k++)
        {
            // A wrapped title keeps its type: other type below it on its page is the page's footer.
            if (Math.Abs(lines[k].FontSize - lines[at].FontSize) >= 1 && lines[k].Page == lines[at].Page)
                continue;
            if (lines[k].AfterBreak && !lines[k].FirstOnPage || FileNumber().IsMatch(lines[k].Text) || IsSection(lines[k].Text))
                break;
            parts.Add(lines[k].Text);
        }
        return OperativeClause.Of(parts);
    }

    private static int SectionEnd(IReadOnlyList<PackLine> lines, int from)
    {
        for (var k = from; k < lines.Count; k++)
            if (IsSection(lines[k].Text))
                return k;
        return lines.Count;
    }

    /// <summary>A section heading: a short line in capitals without figures ("REGULAR AGENDA ITEM").</summary>
    private static bool IsSection(string text) =>
        Words.IsAllCaps(text) && !text.Any(char.IsDigit) && Words.Count(text) <= 8 && text.Count(char.IsLetter) > 3;

    [GeneratedRegex(@"^\((?<printed>\*?\d{2}-(?<n>\d{2,5})(?<letter>[A-Z])?)\)\s*(?<t>.*)$")]
    private static partial Regex FileNumber();
}
