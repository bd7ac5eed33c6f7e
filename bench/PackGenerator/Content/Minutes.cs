namespace AgendaSearch.PackGenerator.Content;

/// <summary>The minutes of a meeting, printed as item 1 of the body's next pack.</summary>
internal sealed record Minutes(
    Body Body,
    DateOnly Date,
    string Venue,
    IReadOnlyList<Councillor> Present,
    IReadOnlyList<string> InAttendance,
    IReadOnlyList<Minute> Entries,
    string Times);
