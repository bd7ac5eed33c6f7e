namespace AgendaSearch.Ingest.Meetings;

/// <summary>
/// The meeting a pack was published for. <see cref="From"/> says where it was read:
/// "front-sheet", "report-header", "minutes" or "questions-paper".
/// </summary>
public sealed record Meeting(
    string Body,
    DateOnly? Date,
    string? Time = null,
    string? Location = null,
    string? Contact = null,
    string? ContactPhone = null,
    string? ContactEmail = null,
    IReadOnlyList<string>? Membership = null,
    string? Chair = null,
    string From = "front-sheet");
