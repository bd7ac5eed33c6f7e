using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Reports;

/// <summary>
/// One report section to a <see cref="Report"/>. Reads the meeting header ("SCRUTINY COMMISSION –
/// 12TH JULY 2021"), the title in capitals around the "REPORT OF ..." line, or a From/To/Subject block;
/// then the text under "Purpose of the Report" and "Recommendations", and the officers to contact (or the
/// officer who signs the report off at its end).
/// A report with no header takes its first line as title.
/// </summary>
internal static partial class ReportParser
{
    private const int HeaderReach = 10;

    public static Report Parse(IReadOnlyList<PackLine> lines)
    {
        var head = lines.Take(HeaderReach).ToList();
        var headerAt = Enumerable.Range(0, head.Count).FirstOrDefault(i => ReportHeader.Read(head, i) is not null, -1);
        var header = headerAt >= 0 ? ReportHeader.Read(head, headerAt) : null;
        var cover = CoverSheet.Read(head);
        var meeting = header?.Meeting ?? cover?.Meeting;
        var headerEnd = header is var (_, length) ? headerAt + length - 1 : -1;
        var (title, by) = cover is not null ? (cover.Title, cover.ReportOf) : (Title(head, headerEnd), ReportOf(head));
        var contacts = Contacts(lines);
        if (contacts.Count == 0 && by is null && ClosingSignature.Read(lines) is OfficerContact signed)
            (contacts, by) = ([signed], signed.Role);
        return new Report(
            title,
            by,
            ReportHeadings.TextUnder(lines, Purpose()),
            ReportHeadings.TextUnder(lines, RecommendationsExact()) ?? ReportHeadings.TextUnder(lines, Recommendations()),
            contacts,
            string.Join('\n', lines.Select(l => l.Text)),
            [lines[0].Page, lines[^1].Page],
            meeting);
    }

    /// <summary>Capitalised lines after the header (skipping "REPORT OF"), or a header-less report's first line.</summary>
    private static string? Title(List<PackLine> head, int headerAt)
    {
        if (headerAt < 0)
            return head.Count > 0 && Words.Count(head[0].Text) <= 14 && !ReportOfLine().IsMatch(head[0].Text) ? head[0].Text : null;
        var parts = new List<string>();
        foreach (var line in head.Skip(headerAt + 1))
        {
            if (ReportOfLine().IsMatch(line.Text))
                continue;
            if (!Words.IsAllCaps(line.Text) || Section().IsMatch(line.Text))
                break;
            parts.Add(line.Text);
        }
        return parts.Count > 0 ? string.Join(' ', parts) : null;
    }

    private static string? ReportOf(List<PackLine> head) =>
        head.Select(l => ReportOfLine().Match(l.Text)).FirstOrDefault(m => m.Success) is { } m
            ? Words.Readable(m.Groups["by"].Value.Trim())
            : null;

    private static IReadOnlyList<OfficerContact> Contacts(IReadOnlyList<PackLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var m = ContactHeading().Match(lines[i].Text);
            if (!m.Success)
                continue;
            var found = ContactBlockParser.Parse(lines, i + 1, m.Groups["rest"].Value);
            if (found.Count > 0)
                return found;
        }
        return [];
    }

    [GeneratedRegex(@"^report\s+(?:of|by)\s+(?:the\s+)?(?<by>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportOfLine();

    [GeneratedRegex(@"^(?:part\s+[a-z]\b|executive\s+summary|appendix|summary|purpose|introduction)", RegexOptions.IgnoreCase)]
    private static partial Regex Section();




    [GeneratedRegex(@"^(?:purpose(?:\s+of\s+(?:the\s+|this\s+)?report)?|summary)\s*[.:]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"^(?:recommendation\(s\)|recommendations?)\s*[.:]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationsExact();

    [GeneratedRegex(@"^(?!reasons?\b)[\w ]{0,30}recommendations?\s*[.:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Recommendations();

    [GeneratedRegex(@"^(?:(?:officers?|officer\(s\))\s+to\s+contact|contact\s+(?:officers?|details|information)|report\s+authors?|lead\s+officers?|background\s+information\s+contact|for\s+further\s+information(?:\s+(?:please\s+)?contact)?)\s*[:.]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactHeading();
}
