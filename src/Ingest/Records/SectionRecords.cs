using AgendaSearch.Records;
using AgendaSearch.Ingest.Reports;

namespace AgendaSearch.Ingest.Records;

/// <summary>
/// "section" records: text of a document that no agenda item, minute, resolution, question or meeting holds.
/// A report the parser could not tie to an agenda item keeps its title, officers and report fields; the
/// loose lines <see cref="LeftoverText"/> finds become one record per run of pages, titled by their first
/// line. Ids are the document's own (<see cref="RecordIds.Section"/>): loose text of two documents is never
/// the same thing, even when both print the same minutes.
/// </summary>
internal static class SectionRecords
{
    /// <summary>Longest title taken from a section's first line; a paragraph is cut at a word.</summary>
    private const int TitleLength = 120;

    public static IEnumerable<SearchRecord> FromReports(RecordContext context, IReadOnlyList<Report> reports, DocumentMeeting home)
    {
        foreach (var report in reports.Where(r => r.Pages.Length > 0 && (r.Text.Length > 0 || r.Title is { Length: > 0 })))
        {
            // A report that names its meeting is filed under it (another document, a front sheet, may hold the
            // meeting's own record); the id is the council's natural key, or the document's own when undated.
            var meeting = report.Meeting is { } named && RecordBuilder.IsKnownBody(named.Body) && context.Body(named.Body) is var body
                ? new DocumentMeeting(body, named.Date, context.MeetingId(body, named.Date))
                : home;
            var officers = report.Contacts.Select(c => context.Officers.Resolve(c.Name)).Where(o => o.Length > 0);
            var text = report.Text.Length > 0 ? report.Text : report.Title!;
            yield return context.Record(RecordIds.Section(context.PackId, report.Pages[0]), RecordKind.Section, meeting.Body, meeting.Date, meeting.MeetingId) with
            {
                Title = report.Title is { Length: > 0 } title ? title : TitleOf(text),
                Text = text,
                Officers = officers.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Pages = report.Pages,
                PageStarts = context.Pages.Starts(text, report.Pages),
                Extra = RecordContext.Extra(
                    ("from", "report"),
                    (RecordExtras.ReportOf, report.ReportOf),
                    ("purpose", report.Purpose),
                    ("recommendations", report.Recommendations),
                    ("contacts", RecordContext.Contacts(report.Contacts))),
            };
        }
    }

    /// <summary>
    /// One record per run; a run that only repeats headings of <paramref name="records"/> (<see cref="HeadingRuns"/>)
    /// is titled by where it stands rather than by another record's heading, and marked
    /// <see cref="RecordExtras.HeadingsOnly"/>, so it does not pose as the minute it names.
    /// </summary>
    public static IEnumerable<SearchRecord> FromLeftovers(
        RecordContext context, IReadOnlyList<LeftoverRun> runs, DocumentMeeting home, IReadOnlyList<SearchRecord> records)
    {
        foreach (var run in runs)
        {
            var (text, starts) = Join(run);
            var headingsOnly = HeadingRuns.IsHeadingsOnly(run.Lines.Select(l => l.Text).ToList(), records);
            yield return context.Record(RecordIds.Section(context.PackId, run.FirstPage), RecordKind.Section, home.Body, home.Date, home.MeetingId) with
            {
                Title = headingsOnly ? HeadingsTitle(run) : TitleOf(text),
                Text = text,
                Pages = [run.FirstPage, run.LastPage],
                PageStarts = starts,
                Extra = headingsOnly ? RecordContext.Extra((RecordExtras.HeadingsOnly, "true")) : RecordContext.Extra(),
            };
        }
    }

    /// <summary>"Headings, page 14", "Headings, pages 7–8".</summary>
    private static string HeadingsTitle(LeftoverRun run) =>
        run.FirstPage == run.LastPage ? $"Headings, page {run.FirstPage}" : $"Headings, pages {run.FirstPage}\u2013{run.LastPage}";

    /// <summary>The run's lines, one a line, and where each page of its span begins (a page with none, where the next does).</summary>
    private static (string Text, int[] PageStarts) Join(LeftoverRun run)
    {
        var text = new System.Text.StringBuilder();
        var starts = new int?[run.LastPage - run.FirstPage + 1];
        foreach (var line in run.Lines)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            starts[line.Page - run.FirstPage] ??= text.Length;
            text.Append(line.Text);
        }

        var filled = new int[starts.Length];
        var next = text.Length;
        for (var i = starts.Length - 1; i >= 0; i--)
        {
            next = filled[i] = starts[i] ?? next;
        }

        return (text.ToString(), filled);
    }

    /// <summary>The first line with a letter in it, cut at a word when long.</summary>
    internal static string TitleOf(string text)
    {
        // A run of bare numbers ("56." "57." ...) has no line with words: its lines, joined, make a one-line title.
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var line = lines.FirstOrDefault(l => l.Any(char.IsLetter)) ?? string.Join(' ', lines);
        if (line.Length <= TitleLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', TitleLength);
        return line[..(cut > TitleLength / 2 ? cut : TitleLength)] + "\u2026";
    }
}
