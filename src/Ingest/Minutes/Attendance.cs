namespace AgendaSearch.Ingest.Minutes;

/// <summary>Who was at a meeting, as the minutes list them.</summary>
internal sealed record Attendance(IReadOnlyList<string> Present, string? Chair, IReadOnlyList<string> InAttendance);
