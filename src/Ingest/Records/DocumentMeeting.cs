namespace AgendaSearch.Ingest.Records;

/// <summary>
/// The meeting a document's loose text belongs to: the meeting it was published for, else the one its
/// minutes record. <see cref="MeetingId"/> is null when the document yields no meeting record to link to.
/// </summary>
internal sealed record DocumentMeeting(string Body, DateOnly? Date, string? MeetingId);
