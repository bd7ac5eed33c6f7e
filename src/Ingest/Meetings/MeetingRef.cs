namespace AgendaSearch.Ingest.Meetings;

/// <summary>A reference to a meeting by body and date, e.g. the meeting a set of minutes records.</summary>
public sealed record MeetingRef(string Body, DateOnly? Date);
