using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Reports;

/// <summary>
/// A report's cover sheet of labels, as many councils print it instead of a header line:
/// "From: ... / To: Cabinet – 23 March 2023 / Subject: ..." (Kent) or "Report to: Cabinet /
/// Date of meeting: 12 March 2024 / Report of: Director of Place / Title: ..." (a table whose cells
/// extraction joined as "Label: value"), or a "Committee Report" template's "COMMITTEE: ... / DATE: ... / TITLE: ...".
/// </summary>
internal static partial class CoverSheet
{
    public sealed record Fields(string Title, string? ReportOf, MeetingRef? Meeting);

    public static Fields? Read(IReadOnlyList<PackLine> head)
    {
        var subject = Find(head, Subject());
        if (subject is null)
            return null;
        var title = subject.Value.Value;
        var at = subject.Value.Line;
        if (at + 1 < head.Count && !head[at + 1].AfterBreak && !head[at + 1].Text.Contains(':'))
            title += " " + head[at + 1].Text;
        return new Fields(title, Find(head, From())?.Value, Meeting(head));
    }

    /// <summary>"To: Cabinet – 23 March 2023", or "Report to: Cabinet" with "Date of meeting: 12 March 2024".</summary>
    private static MeetingRef? Meeting(IReadOnlyList<PackLine> head)
    {
        if (Find(head, To())?.Value is not string to)
            return null;
        if (ReportHeader.Parse(to) is MeetingRef header)
            return header;
        var date = DateText.Find(to) ?? DateText.Find(Find(head, Date())?.Value);
        var body = Regex.Replace(to, @"\s*[–—-]?\s*(?:\w+day,?\s+)?\d{1,2}\s?(?:st|nd|rd|th)?\s+\w+\s+\d{4}.*$", "").Trim(' ', ',');
        return body.Length > 0 && date is not null ? new MeetingRef(Words.Readable(body), date) : null;
    }

    private static (int Line, string Value)? Find(IReadOnlyList<PackLine> head, Regex label)
    {
        for (var i = 0; i < head.Count; i++)
            if (label.Match(head[i].Text) is { Success: true } m)
                return (i, head[i].Text[m.Length..].Trim());
        return null;
    }

    [GeneratedRegex(@"^(?:subject|title|report\s+title|title\s+of\s+report)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    [GeneratedRegex(@"^(?:from|by|report\s+(?:of|by|from|author))\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex From();

    [GeneratedRegex(@"^(?:to|report\s+(?:to|for)|meeting|decision\s+maker|committee)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex To();

    [GeneratedRegex(@"^date(?:\s+of\s+(?:the\s+)?meeting)?\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Date();
}
