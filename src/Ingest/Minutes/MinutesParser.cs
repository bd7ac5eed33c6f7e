using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Resolutions;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// A minutes section to a <see cref="MinutesRecord"/>: the meeting from its header, attendance, then
/// one entry per minute heading with its text, page span and resolutions. The closing signature block
/// ("10.30 - 11.38 am / 09 June 2021 / CHAIRMAN") is left out of the last entry.
/// </summary>
internal static partial class MinutesParser
{
    private const int HeaderReach = 3;

    public static ParsedMinutes Parse(IReadOnlyList<PackLine> lines, int? agendaItem, string? fallbackBody)
    {
        var at = Enumerable.Range(0, Math.Min(HeaderReach, lines.Count)).FirstOrDefault(i => MinutesHeader.Read(lines, i) is not null, -1);
        var header = at >= 0 ? MinutesHeader.Read(lines, at) : null;
        var meeting = new MeetingRef(header?.Body is { Length: > 0 } b ? b : fallbackBody ?? "", header?.Date);
        var from = at >= 0 ? HeaderEnd(lines, at) : 0;
        var end = BodyEnd(lines);
        var headings = MinuteHeadings.Find(lines.Take(end).ToList(), from);
        var firstEntry = headings.Count > 0 ? headings[0].Line : end;
        var attendance = AttendanceParser.Parse(lines.Skip(from).Take(firstEntry - from));
        var entries = new List<MinuteEntry>();
        var bodies = new List<IReadOnlyList<PackLine>>();
        for (var h = 0; h < headings.Count; h++)
        {
            var heading = headings[h];
            var stop = Math.Min(h + 1 < headings.Count ? headings[h + 1].Line : end, heading.End ?? end);
            var body = lines.Skip(heading.Line + heading.Length).Take(stop - heading.Line - heading.Length).ToList();
            entries.Add(Entry(heading, body, lines[heading.Line].Page, meeting));
            bodies.Add(body);
        }
        var last = end > 0 ? lines[end - 1].Page : lines[^1].Page;
        var record = new MinutesRecord(meeting, agendaItem, attendance.Present, attendance.Chair, attendance.InAttendance, entries, [lines[0].Page, last]);
        return new ParsedMinutes(record, bodies);
    }

    private static MinuteEntry Entry(MinuteHeading heading, List<PackLine> body, int page, MeetingRef meeting)
    {
        var title = heading.Title;
        int? item = null;
        var reference = ItemInTitle().Match(title);
        if (reference.Success)
        {
            item = int.Parse(reference.Groups["n"].Value);
            title = Words.TrimHeading(title.Remove(reference.Index, reference.Length));
        }
        var text = string.Join('\n', body.Select(l => l.Text));
        if (item is null && ItemInText().Match(text) is { Success: true } marked)
            item = int.Parse(marked.Groups["n"].Value);
        var pages = new[] { page, body.Count > 0 ? body[^1].Page : page };
        var resolutions = heading.Kind switch
        {
            EntryKind.Resolution => NumberedResolutionBlock.Parse(body, heading.Number, heading.Printed, meeting),
            EntryKind.FileItem => FileItemDecisions.Parse(body, heading.Number, heading.Printed, meeting),
            _ => ResolutionParser.Parse(body, heading.Number, meeting),
        };
        return new MinuteEntry(heading.Number, title, text, pages, resolutions, item, heading.Printed);
    }

    /// <summary>The header runs until its sentence ends ("... on Wednesday," / "9 June 2021.").</summary>
    private static int HeaderEnd(IReadOnlyList<PackLine> lines, int at)
    {
        for (var i = at; i < Math.Min(lines.Count, at + HeaderReach); i++)
            if (Words.EndsSentence(lines[i].Text) || DateText.Find(lines[i].Text) is not null)
                return i + 1;
        return at + 1;
    }

    private static int BodyEnd(IReadOnlyList<PackLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0 && i >= lines.Count - 6; i--)
            if (MinutesSignature.IsEnd(lines, i))
                return MinutesSignature.Start(lines, i);
        return lines.Count;
    }

    [GeneratedRegex(@"\s*[-–]?\s*\((?:agenda\s+)?item\s+(?<n>\d{1,3})[a-z]?\)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ItemInTitle();

    [GeneratedRegex(@"\bmarked\s+['‘’""]?agenda\s+item\s+(?<n>\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ItemInText();
}
