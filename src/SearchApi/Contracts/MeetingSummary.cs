using AgendaSearch.Records;

namespace AgendaSearch.SearchApi.Contracts;

/// <summary>
/// A meeting: its body and date, the PDF of the pack it came from (at the meeting's first page)
/// and the front-sheet details the parser stored as extras (venue, time, chair ...).
/// </summary>
internal sealed record MeetingSummary(
    string Id,
    string Body,
    DateOnly? MeetingDate,
    string Title,
    string? Pdf,
    string Url,
    IReadOnlyDictionary<string, string> Extra)
{
    public static MeetingSummary From(SearchRecord meeting) => new(
        meeting.Id,
        meeting.Body,
        meeting.MeetingDate,
        meeting.Title,
        ApiLinks.Pdf(meeting.PackId, RecordSummary.FirstPage(meeting)),
        ApiLinks.Meeting(meeting.Id),
        meeting.Extra);

    /// <summary>
    /// A meeting known only through its records (e.g. printed minutes with no front sheet): body
    /// and date from the first record, no PDF of its own.
    /// </summary>
    public static MeetingSummary Inferred(string id, SearchRecord first) => new(
        id,
        first.Body,
        first.MeetingDate,
        first.Body,
        null,
        ApiLinks.Meeting(id),
        new Dictionary<string, string>());
}
