using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Minutes;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Questions;
using AgendaSearch.Ingest.Reports;

namespace AgendaSearch.Ingest.Packs;

/// <summary>
/// The pure pipeline: extracted pages in, parsed pack out. No I/O happens here or below.
/// Pages to lines, lines to sections; then reports, the agenda list, the meeting, minutes, the
/// matching of reports to items (and of stated page ranges to the items with papers), questions
/// and officers, each a stage of its own.
/// </summary>
public static class PackParser
{
    public static AgendaPack Parse(PackText text)
    {
        var sections = SectionSplitter.Split(PackLines.Read(text));
        var front = sections.Where(s => s.Kind == SectionKind.Front).SelectMany(s => s.Lines).ToList();
        var reportSections = sections.Where(s => s.Kind == SectionKind.Report).ToList();
        var reports = reportSections.Select(s => new ItemMatcher.Found(s.Item, ReportParser.Parse(s.Lines))).ToList();
        // A questions paper has no agenda: its numbered lines are people's questions or a circulation list.
        var listed = QuestionParser.IsQuestionsPaper(front)
            ? []
            : AgendaListParser.Parse(front, reports.Select(r => r.Report.ReportOf).OfType<string>().Distinct().ToList());
        var headers = reports.Select(r => r.Report.Meeting).OfType<MeetingRef>().ToList();
        // Without a body the front sheet's meeting is not settled yet: minutes may still name it.
        var early = MeetingParser.Parse(front, headers, null) is { Body.Length: > 0 } sure ? sure : null;
        var minutes = sections.Where(s => s.Kind == SectionKind.Minutes)
            .Select((s, i) => MinutesParser.Parse(s.Lines, i == 0 ? ItemMatcher.MinutesItem(listed, s.Item) : s.Item, early?.Body))
            .ToList();
        var meeting = MeetingParser.Complete(
            early ?? MeetingParser.Parse(front, headers, minutes.FirstOrDefault()?.Record.OfMeeting), DocumentName.Read(text.Title, text.Source));
        var minutesItems = minutes.Select(m => m.Record.AgendaItem).OfType<int>().ToHashSet();
        var (matched, unmatched) = ItemMatcher.Match(listed, reports, minutesItems);
        var items = StatedPageOrder.Restore(matched, minutesItems);
        return new AgendaPack(
            text.Source,
            meeting,
            items.Select(WithOfficers).ToList(),
            minutes.FirstOrDefault()?.Record,
            Questions(minutes.Zip(sections.Where(s => s.Kind == SectionKind.Minutes).Select(s => s.Lines)), front, reportSections.Select((s, i) => (s.Lines, ItemOf(items, reports[i].Report)))),
            OfficerDirectory.Build(Sightings(items, meeting)),
            text.Pages,
            unmatched.Count > 0 ? unmatched : null,
            minutes.Count > 1 ? minutes.Skip(1).Select(m => m.Record).ToList() : null);
    }

    private static AgendaItem WithOfficers(AgendaItem item) =>
        item.Report is { Contacts.Count: > 0 } report
            ? item with { Officers = report.Contacts.Select(OfficerDirectory.FullName).Distinct().ToList() }
            : item;

    /// <summary>
    /// Questions in each minute, and in question papers printed outside minutes: a document of its
    /// own (the front section) or an agenda item's paper in a council pack.
    /// </summary>
    private static List<Question> Questions(IEnumerable<(ParsedMinutes Parsed, IReadOnlyList<PackLine> Lines)> minutes, List<PackLine> front, IEnumerable<(IReadOnlyList<PackLine> Lines, int? Item)> papers)
    {
        var found = new List<Question>();
        foreach (var (parsed, lines) in minutes)
        {
            // Public questions some councils minute before the first numbered minute ("Public Questions:").
            var first = parsed.Bodies.SelectMany(b => b).Select(l => l.Index).DefaultIfEmpty(int.MaxValue).Min();
            found.AddRange(QuestionParser.Parse(lines.Where(l => l.Index < first).ToList(), null, null));
            for (var e = 0; e < parsed.Record.Entries.Count; e++)
                found.AddRange(QuestionParser.Parse(parsed.Bodies[e], parsed.Record.Entries[e].Number, parsed.Record.Entries[e].Title));
        }
        if (QuestionParser.IsQuestionsPaper(front))
        {
            // A questions paper is one document: a capitalised line in someone's question that reads
            // like a report header must not cut it in two.
            found.AddRange(QuestionParser.Parse(front.Concat(papers.SelectMany(p => p.Lines)).ToList(), null, null));
            return found;
        }
        found.AddRange(QuestionParser.Parse(front, null, null));
        foreach (var (lines, item) in papers)
            found.AddRange(QuestionParser.Parse(lines, null, null).Select(q => q with { AgendaItem = item }));
        return found;
    }

    private static int? ItemOf(IEnumerable<AgendaItem> items, Report report) =>
        items.FirstOrDefault(i => ReferenceEquals(i.Report, report))?.Number;

    private static IEnumerable<OfficerDirectory.Sighting> Sightings(IEnumerable<AgendaItem> items, Meeting? meeting)
    {
        foreach (var item in items)
            foreach (var contact in item.Report?.Contacts ?? [])
                yield return new OfficerDirectory.Sighting(contact, item.Number);
        if (meeting?.Contact is string name && PersonName.LooksLikeName(name))
            yield return new OfficerDirectory.Sighting(new OfficerContact(name, "Meeting contact", meeting.ContactPhone, meeting.ContactEmail), null);
    }
}
