namespace AgendaSearch.SearchApi.Contracts;

/// <summary>Meetings, newest first.</summary>
internal sealed record MeetingListResponse(IReadOnlyList<MeetingSummary> Meetings);
