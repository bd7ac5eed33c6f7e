using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Packs;

/// <summary>
/// Stage 1: pages to lines. Cleans markup some renderings leave in the text ("**", "&lt;u&gt;"),
/// drops bare page numbers and "This page is intentionally left blank", and turns "Agenda Item N"
/// stamps into <see cref="ItemStamp"/>s. Works whether or not extraction already removed them.
/// </summary>
internal static partial class PackLines
{
    public static LinedPack Read(PackText text)
    {
        var lines = new List<PackLine>();
        var stamps = new List<ItemStamp>();
        foreach (var page in text.Pages)
        {
            var firstOfPage = lines.Count;
            var stamped = false;
            int? belowStamp = null;
            double? lastY = null;
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var raw = page.Lines[i];
                var clean = Clean(Labelled(raw) ?? raw.Text);
                if (clean.Length == 0 || BlankPage().IsMatch(clean) || IsPageNumber(clean, page, i))
                    continue;
                var stamp = StampLine().Match(clean);
                if (stamp.Success)
                {
                    stamps.Add(new ItemStamp(lines.Count, int.Parse(stamp.Groups[1].Value), page.Number, false));
                    stamped = true;
                    continue;
                }
                if (belowStamp is null && raw.Y < page.AgendaItemStampY)
                    belowStamp = lines.Count;
                var gap = lastY is double y ? Math.Max(0, y - raw.Y) : PackLine.PageTop;
                lines.Add(new PackLine(lines.Count, page.Number, clean, raw.X, raw.FontSize, gap, raw.Cells is { Count: >= 2 } ? raw.Cells : null));
                lastY = raw.Y;
            }
            // A stamp the extractor kept as page structure goes before the first line below where it
            // stood, or before the whole page when its position is unknown.
            if (page.AgendaItemStamp is int item && !stamped)
                stamps.Add(new ItemStamp(belowStamp ?? (page.AgendaItemStampY is null ? firstOfPage : lines.Count), item, page.Number, page.AgendaItemStampY is null));
        }
        return new LinedPack(lines, stamps);
    }

    /// <summary>
    /// A cover-sheet table row read as cells, "Report to | Cabinet", as the "Report to: Cabinet"
    /// other councils print, so that one rule reads both.
    /// </summary>
    private static string? Labelled(PageLine line)
    {
        if (line.Cells is not { Count: >= 2 } cells || cells[0].Text.TrimEnd().EndsWith(':') || !CellLabel().IsMatch(cells[0].Text.Trim()))
            return null;
        return cells[0].Text.Trim() + ": " + string.Join(' ', cells.Skip(1).Select(c => c.Text));
    }

    /// <summary>Removes emphasis markup and bullets, and collapses white space.</summary>
    public static string Clean(string text)
    {
        var s = Markup().Replace(text, "").Replace('\u00A0', ' ');
        s = Bullet().Replace(s, "");
        return Spaces().Replace(s, " ").Trim();
    }

    /// <summary>A bare number (or "Page 3 of 9") as the first or last line of a page, near its edge.</summary>
    private static bool IsPageNumber(string text, PackPage page, int index)
    {
        if (!PageNumber().IsMatch(text))
            return false;
        var y = page.Lines[index].Y;
        var height = page.Height > 0 ? page.Height : 842;
        return (index == page.Lines.Count - 1 && y < height * 0.12) || (index == 0 && y > height * 0.88);
    }

    [GeneratedRegex(@"^(?:meeting|date(?: of meeting)?|time|venue|location|report (?:to|for|of|by|from|author)|from|to|by|subject|title|report title|title of report|contact(?: officer)?|ask for|e-?mail|tel(?:ephone)?|name|job title|purpose(?: of report)?|summary|recommendations?|wards? affected|key decision|classification|decision maker)$", RegexOptions.IgnoreCase)]
    private static partial Regex CellLabel();

    [GeneratedRegex(@"\*\*|</?(?:u|p|b|i|em|strong|br|span)\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex(@"^[•●▪■◦\uF0B7\uF0A7\uF076\uF0D8]\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^this page (?:is )?intentionally (?:been )?left blank\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BlankPage();

    [GeneratedRegex(@"^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^agenda\s+item\s+(\d{1,3})[a-z]?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex StampLine();
}
