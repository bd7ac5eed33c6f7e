using System.Text.RegularExpressions;
using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Records;

/// <summary>
/// The text each agenda item prints below its heading, where the agenda is the whole document: a US city
/// agenda prints "8. CONSENT AGENDA" with its sub-items and recommended actions under it, and no separate
/// reports. Each item then holds the lines from its heading to the next item's heading (the last item, to the
/// end of its page), with their pages, so a search finds the item rather than one section spanning the document. Only
/// when no item has a report of its own and every item's heading is found, in order, as a line starting with
/// its number and title; where the list is printed twice (a contents list, then the items), the later run is
/// the one with the text.
/// </summary>
internal static partial class AgendaItemBodies
{
    /// <summary>Words of an item's title its heading line must start with (after the number).</summary>
    private const int TitleWords = 3;

    public sealed record Body(string Text, int[] Pages);

    /// <summary>Each item's body by item number; empty when the rule does not apply.</summary>
    public static IReadOnlyDictionary<int, Body> Find(AgendaPack pack)
    {
        var items = pack.AgendaItems;
        if (items.Count < 2 || items.Any(i => i.Report is not null) || pack.Minutes is not null || pack.OtherReports is { Count: > 0 })
        {
            return new Dictionary<int, Body>();
        }

        var lines = pack.Pages.SelectMany(p => p.Lines.Select(l => (Page: p.Number, Text: l.Text.Trim()))).ToList();
        var headings = Headings(items, lines, 0);
        if (headings is null)
        {
            return new Dictionary<int, Body>();
        }

        headings = Headings(items, lines, headings[^1] + 1) ?? headings;
        var bodies = new Dictionary<int, Body>();
        for (var i = 0; i < items.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1] : EndOfPage(lines, headings[i]);
            var span = lines.GetRange(headings[i], end - headings[i]).Where(l => l.Text.Length > 0).ToList();
            bodies[items[i].Number] = new Body(string.Join('\n', span.Select(l => l.Text)), [span[0].Page, span[^1].Page]);
        }

        return bodies;
    }

    /// <summary>
    /// Where the last item's text ends: with its page. Pages after it hold what follows the agenda (schedules,
    /// appendices, a report pasted in), not the words of "Adjournment", and stay sections of their own.
    /// </summary>
    private static int EndOfPage(List<(int Page, string Text)> lines, int heading)
    {
        var end = heading;
        while (end < lines.Count && lines[end].Page == lines[heading].Page)
        {
            end++;
        }

        return end;
    }

    /// <summary>The line index of each item's heading, in order, from <paramref name="from"/>; null unless all are found.</summary>
    private static List<int>? Headings(IReadOnlyList<AgendaItem> items, List<(int Page, string Text)> lines, int from)
    {
        var found = new List<int>();
        var at = from;
        foreach (var item in items)
        {
            var title = Key(string.Join(' ', item.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(TitleWords)));
            while (at < lines.Count && !IsHeading(lines[at].Text, item.Number, title))
            {
                at++;
            }

            if (at == lines.Count)
            {
                return null;
            }

            found.Add(at++);
        }

        return found;
    }

    private static bool IsHeading(string line, int number, string title)
    {
        var match = Number().Match(line);
        return match.Success && match.Groups["n"].Value == number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && title.Length > 0 && Key(line[match.Length..]).StartsWith(title, StringComparison.Ordinal);
    }

    private static string Key(string text) =>
        string.Join(' ', NonWord().Split(text.ToLowerInvariant()).Where(w => w.Length > 0));

    /// <summary>"8.", "8)", "Item 8.", "8 " at the start of a line.</summary>
    [GeneratedRegex(@"^(?:(?:agenda\s+)?item\s+)?(?<n>\d+)(?:[.)]\s*|\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
