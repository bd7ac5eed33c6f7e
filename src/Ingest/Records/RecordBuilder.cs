using System.Globalization;
using AgendaSearch.Records;
using AgendaSearch.Ingest.Councils;
using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Minutes;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Records;

/// <summary>
/// Maps a parsed pack to its search records (pure): the meeting it was published for and its
/// agenda items (dated by that meeting); the minutes it prints, their resolutions and questions
/// (dated by the meeting they record, MinutesRecord.OfMeeting), plus a meeting record for that
/// meeting, marked as derived so the meeting's own pack wins when both are indexed; reports tied to no
/// agenda item and the text no record holds, as "section" records (<see cref="SectionRecords"/>).
/// Ids follow <see cref="RecordIds"/>; a repeated id (a parser slip) gets "-2", "-3" ...
/// </summary>
public static class RecordBuilder
{
    /// <summary>Extra key marking a record inferred rather than read (value: from what).</summary>
    public const string DerivedFromKey = RecordExtras.DerivedFrom;

    /// <summary>Body used when a pack names none (no front sheet, no report header, no minutes).</summary>
    public const string UnknownBody = "Unknown body";

    /// <summary>False for the stand-in body of a document that names none.</summary>
    public static bool IsKnownBody(string? body) =>
        !string.IsNullOrWhiteSpace(body) && !string.Equals(body, UnknownBody, StringComparison.OrdinalIgnoreCase) && RecordIds.Slug(body).Length > 0;

    /// <summary>The records of a pack read on its own, outside a corpus: no council.</summary>
    public static IReadOnlyList<SearchRecord> Build(AgendaPack pack, string packId) =>
        Build(pack, packId, DocumentContext.Standalone);

    /// <summary>
    /// The records of a pack of the corpus: its council comes from <paramref name="document"/> (council.json or
    /// folder) or the pack's own text, goes into every id, and bodies are named the one way within it.
    /// </summary>
    public static IReadOnlyList<SearchRecord> Build(AgendaPack pack, string packId, DocumentContext document)
    {
        var council = document.CouncilOf(pack);
        var context = new RecordContext(pack, packId, council);
        var records = new List<SearchRecord>();
        var body = context.Body(pack.Meeting?.Body is { Length: > 0 } named ? named : pack.Minutes?.OfMeeting.Body ?? UnknownBody);
        var meeting = pack.Meeting ?? new Meeting(body, null, From: "none");
        var meetingId = context.MeetingId(body, meeting.Date);

        var ownQuestions = pack.Questions.Where(q => q.Minute is null || pack.Minutes is null).ToList();
        if (pack.Meeting is not null || pack.AgendaItems.Count > 0 || ownQuestions.Count > 0)
        {
            records.Add(MeetingRecord(context, meeting with { Body = body }, meetingId));
        }

        var bodies = AgendaItemBodies.Find(pack);
        records.AddRange(pack.AgendaItems.Select(item => ItemRecord(context, item, bodies.GetValueOrDefault(item.Number), body, meeting.Date, meetingId)));

        var minutesMeetingId = meetingId;
        if (pack.Minutes is { } printed)
        {
            minutesMeetingId = AddMinutes(context, records, printed, meetingId);
        }

        foreach (var other in pack.OtherMinutes ?? [])
        {
            AddMinutes(context, records, other, meetingId);
        }

        records.AddRange(MinuteRecords.Questions(
            context,
            pack.Questions,
            q => q.Minute is not null && pack.Minutes is not null
                ? (context.Body(pack.Minutes.OfMeeting.Body), pack.Minutes.OfMeeting.Date, minutesMeetingId)
                : (body, meeting.Date, meetingId)));

        var home = Home(records, pack, body, meeting.Date, meetingId, minutesMeetingId, context);
        records.AddRange(SectionRecords.FromReports(context, pack.OtherReports ?? [], home));
        records.AddRange(SectionRecords.FromLeftovers(context, LeftoverText.Find(pack.Pages, records), home, records));
        return OcrMarks.Apply(UniqueIds(records), pack.Pages);
    }

    /// <summary>Adds the records of one set of minutes (and their meeting, when not the pack's own); returns that meeting's id.</summary>
    private static string AddMinutes(RecordContext context, List<SearchRecord> records, MinutesRecord printed, string meetingId)
    {
        var minutes = printed with { OfMeeting = printed.OfMeeting with { Body = context.Body(printed.OfMeeting.Body) } };
        var id = context.MeetingId(minutes.OfMeeting.Body, minutes.OfMeeting.Date);
        if (id != meetingId && !records.Exists(r => r.Id == id))
        {
            records.Add(DerivedMeetingRecord(context, minutes, id));
        }

        records.AddRange(MinuteRecords.Build(context, minutes, id));
        return id;
    }

    /// <summary>
    /// The meeting a document's loose text is filed under: the pack's meeting when it has a record, else
    /// the meeting its minutes record, else none (the body and date as far as they are known).
    /// </summary>
    private static DocumentMeeting Home(
        List<SearchRecord> records, AgendaPack pack, string body, DateOnly? date, string meetingId, string minutesMeetingId, RecordContext context)
    {
        if (records.Exists(r => r.Id == meetingId))
        {
            return new DocumentMeeting(body, date, meetingId);
        }

        return pack.Minutes is { } minutes
            ? new DocumentMeeting(context.Body(minutes.OfMeeting.Body), minutes.OfMeeting.Date, minutesMeetingId)
            : new DocumentMeeting(body, date, null);
    }

    /// <summary>"Scrutiny Commission – 9 March 2022".</summary>
    public static string MeetingTitle(string body, DateOnly? date) =>
        date is { } d ? $"{body} \u2013 {d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" : $"{body} \u2013 undated meeting";

    private static SearchRecord MeetingRecord(RecordContext context, Meeting meeting, string id)
    {
        var agenda = context.Pack.AgendaItems.Select(i => $"{i.Number}. {i.Title}");
        var details = new[] { meeting.Time, meeting.Location }.Where(s => !string.IsNullOrWhiteSpace(s));
        var extra = RecordContext.Extra(
            ("time", meeting.Time),
            ("location", meeting.Location),
            ("contact", meeting.Contact),
            ("contactPhone", meeting.ContactPhone),
            ("contactEmail", meeting.ContactEmail),
            ("chair", meeting.Chair),
            ("membership", meeting.Membership is { Count: > 0 } members ? string.Join("; ", members) : null),
            ("from", meeting.From));
        if (context.Pack.Meeting is null)
        {
            extra[DerivedFromKey] = "agenda";
        }

        return context.Record(id, RecordKind.Meeting, meeting.Body, meeting.Date, id) with
        {
            Title = MeetingTitle(meeting.Body, meeting.Date),
            Text = string.Join('\n', details.Concat(agenda)),
            Pages = context.Pack.Pages.Count > 0 ? [context.Pack.Pages.Min(p => p.Number), context.Pack.Pages.Max(p => p.Number)] : [],
            Extra = extra,
        };
    }

    private static SearchRecord DerivedMeetingRecord(RecordContext context, MinutesRecord minutes, string id)
    {
        var of = minutes.OfMeeting;
        return context.Record(id, RecordKind.Meeting, of.Body, of.Date, id) with
        {
            Title = MeetingTitle(of.Body, of.Date),
            Text = string.Join('\n', minutes.Entries.Select(e => e.Number is { } n ? $"{n}. {e.Title}" : e.Title)),
            Pages = minutes.Pages,
            Extra = RecordContext.Extra(
                (DerivedFromKey, "minutes"),
                ("chair", minutes.Chair),
                ("present", string.Join("; ", minutes.Present)),
                ("inAttendance", string.Join("; ", minutes.InAttendance))),
        };
    }

    /// <summary>An item's record: its report's text and pages, else the text printed under it (<paramref name="printed"/>), else its title alone.</summary>
    private static SearchRecord ItemRecord(
        RecordContext context, AgendaItem item, AgendaItemBodies.Body? printed, string body, DateOnly? date, string meetingId)
    {
        var report = item.Report;
        var text = report?.Text is { Length: > 0 } reportText ? reportText : printed?.Text ?? item.Title;
        var pages = report?.Pages ?? printed?.Pages ?? [];
        var contacts = report?.Contacts ?? [];
        var officers = (item.Officers ?? []).Concat(contacts.Select(c => c.Name)).Select(context.Officers.Resolve);
        return context.Record(RecordIds.Item(meetingId, item.Number), RecordKind.Item, body, date, meetingId) with
        {
            Title = item.Title,
            Text = text,
            Officers = officers.Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            ItemNumber = item.Number,
            Pages = pages,
            PageStarts = pages.Length == 0 ? [] : context.Pages.Starts(text, pages),
            Extra = RecordContext.Extra(
                (RecordExtras.ReportBy, item.ReportBy),
                (RecordExtras.ReportOf, report?.ReportOf),
                ("reportTitle", report?.Title),
                ("purpose", report?.Purpose),
                ("recommendations", report?.Recommendations),
                ("statedPages", item.StatedPages is { Length: > 0 } stated ? string.Join('-', stated) : null),
                ("contacts", RecordContext.Contacts(contacts))),
        };
    }

    private static List<SearchRecord> UniqueIds(List<SearchRecord> records)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return records.Select(record =>
        {
            var count = seen[record.Id] = seen.GetValueOrDefault(record.Id) + 1;
            return count == 1 ? record : record with { Id = $"{record.Id}-{count}" };
        }).ToList();
    }
}
