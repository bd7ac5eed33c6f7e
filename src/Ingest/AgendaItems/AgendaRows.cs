using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.AgendaItems;

/// <summary>Reads one agenda item from its row and the lines under it, in either list layout.</summary>
internal static partial class AgendaRows
{
    /// <summary>How much further right the lines of an announced list sit than the title's own lines.</summary>
    private const double Indent = 20;

    /// <summary>How much smaller a note's type is than the agenda rows'.</summary>
    private const double SmallerType = 1;

    /// <summary>A table row: the title (and author) continue on the lines under the row until a note starts.</summary>
    public static AgendaItem Table(int number, PackLine rowLine, string row, IReadOnlyList<PackLine> block, IEnumerable<string> roles, bool last)
    {
        var caps = Words.IsAllCaps(row);
        var under = UntilListEnd(block, last, caps, rowLine.FontSize).ToList();
        var listAt = AnnouncedList(rowLine, under);
        var texts = StatedPages.JoinWrapped([row, .. under.Take(listAt).Select(l => l.Text)]);
        int[]? pages = null;
        var columns = new List<string>();
        var notes = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            var (found, rest) = StatedPages.Take(texts[i]);
            pages ??= found;
            if (notes.Count == 0 && (i == 0 || !(StartsNote(texts, i) || SubItem().IsMatch(texts[i]) || ToFollow().IsMatch(rest) || (caps && !Words.IsAllCaps(rest)))))
            {
                if (rest.Length > 0)
                    columns.Add(rest);
            }
            else if (rest.Length > 0)
                notes.Add(rest);
        }
        notes.AddRange(under.Skip(listAt).Select(l => l.Text));
        var (title, by) = ReportBySplitter.Split(columns, roles);
        return Item(number, title, by, pages, notes);
    }

    /// <summary>
    /// Where a list the title announces with a colon begins ("Approval of the Consent Agenda as set forth in the
    /// attached schedules:" over indented "Schedule A ..." lines, or over a heading in capitals): it is the
    /// item's content, not its title. The number of lines under the row when there is none.
    /// </summary>
    private static int AnnouncedList(PackLine row, IReadOnlyList<PackLine> under)
    {
        var above = row;
        for (var k = 0; k < under.Count; k++)
        {
            var line = under[k];
            if (above.Text.TrimEnd().EndsWith(':') && (line.X > under[0].X + Indent || (Words.IsAllCaps(line.Text) && !Words.IsAllCaps(row.Text)) || SubItem().IsMatch(line.Text)))
                return k;
            above = line;
        }
        return under.Count;
    }

    /// <summary>Stacked cells: the first cell is the title, later cells are pages, the author or notes.</summary>
    public static AgendaItem Stacked(int number, IReadOnlyList<PackLine> block, IEnumerable<string> roles, bool last)
    {
        var cells = Cells(block);
        if (cells.Count == 0)
            return new AgendaItem(number, "");
        var titleLines = cells[0].Select(l => l.Text).ToList();
        var notes = new List<string>();
        var split = Enumerable.Range(1, titleLines.Count - 1)
            .FirstOrDefault(i => Words.EndsSentence(titleLines[i - 1]) && StartsNote(titleLines, i));
        if (split > 0)
        {
            notes.Add(string.Join(' ', titleLines.Skip(split)));
            titleLines = titleLines.Take(split).ToList();
        }
        var (pages, title) = StatedPages.Take(string.Join(' ', titleLines));
        var capsTitle = Words.IsAllCaps(title);
        string? by = null;
        foreach (var cell in cells.Skip(1))
        {
            var text = string.Join(' ', StatedPages.JoinWrapped(cell.Select(l => l.Text).ToList()));
            if (last && IsListEnd(cell[0].Text, capsTitle))
                break;
            var (found, rest) = StatedPages.Take(text);
            pages ??= found;
            if (rest.Length == 0)
                continue;
            if (by is null && notes.Count == 0 && (IsKnown(rest, roles) || RoleText.IsRole(rest)))
                by = rest;
            else
                notes.Add(rest);
        }
        return Item(number, title, by, pages, notes);
    }

    private static AgendaItem Item(int number, string title, string? by, int[]? pages, List<string> notes) =>
        new(number, Words.TrimHeading(Ordinal().Replace(title, "$1$2")), by is null ? null : Words.TrimHeading(by), pages,
            Note: notes.Count > 0 ? string.Join(' ', notes) : null);

    /// <summary>A note is a sentence of its own under the row: capitalised, eight words or more, ending with a full stop.</summary>
    private static bool StartsNote(IReadOnlyList<string> texts, int i) =>
        !ReportBySplitter.IsAuthorLine(texts[i]) && Words.StartsUpper(texts[i]) && Words.Count(texts[i]) >= 8
        && texts.Skip(i).Any(t => Words.EndsSentence(t) || t.Contains(". "));

    private static List<List<PackLine>> Cells(IReadOnlyList<PackLine> block)
    {
        var cells = new List<List<PackLine>>();
        foreach (var line in block)
        {
            if (cells.Count == 0 || line.AfterBreak)
                cells.Add([]);
            cells[^1].Add(line);
        }
        return cells;
    }

    /// <summary>
    /// The last item's lines, up to what follows the list: a capitalised heading, or a sign-off
    /// ("Benjamin Watts" / "General Counsel" / "03000 416814").
    /// </summary>
    private static IEnumerable<PackLine> UntilListEnd(IReadOnlyList<PackLine> block, bool last, bool capsTitle, double rowFont) =>
        last ? block.TakeWhile(l => !IsListEnd(l.Text, capsTitle) && !IsSignOff(l.Text) && !(l.AfterBreak && l.FontSize < rowFont - SmallerType)) : block;

    private static bool IsSignOff(string text) =>
        (Words.Count(text) <= 4 && !Words.IsAllCaps(text) && PersonName.LooksLikeName(text)) || Contact().IsMatch(text)
        || ContactHeading().IsMatch(text);

    /// <summary>A capitalised heading ("QUESTIONING BY MEMBERS OF OVERVIEW AND SCRUTINY") closes the list.</summary>
    private static bool IsListEnd(string text, bool capsTitle) =>
        !capsTitle && Words.IsAllCaps(text) && Words.Count(text) >= 2 && text.Length >= 10 && !text.Any(char.IsDigit);

    private static bool IsKnown(string text, IEnumerable<string> roles) =>
        roles.Any(r => Words.Key(r) == Words.Key(text));

    /// <summary>A block naming who to ask about the meeting ("Contact details", "Enquiries to:", "Contact officer").</summary>
    [GeneratedRegex(@"^(?:contact(?:\s+(?:details|officer|information))?|enquiries(?:\s+to)?|further\s+information)\s*(?::.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactHeading();

    [GeneratedRegex(@"@|^\+?[\d ()-]{9,}$")]
    private static partial Regex Contact();

    /// <summary>"- To follow": the paper is not yet published.</summary>
    [GeneratedRegex(@"^[-–]?\s*(?:report\s+|papers?\s+)?to\s+follow\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ToFollow();

    /// <summary>An ordinal whose suffix extraction set apart as a superscript: "5 th March".</summary>
    [GeneratedRegex(@"\b(\d{1,2}) (st|nd|rd|th)\b")]
    private static partial Regex Ordinal();

    /// <summary>A lettered, bracketed or decimal sub-item under a row ("A. Approval of Minutes", "(1) ...", "4.1 ...").</summary>
    [GeneratedRegex(@"^(?:\(?[A-Za-z]\)|[A-Za-z]\.|\(?[ivx]{1,4}\)|\(\d{1,2}\)|\d{1,2}\.\d{1,2}\.?)\s+\S")]
    private static partial Regex SubItem();
}
