using AgendaSearch.Ingest.Meetings;

namespace AgendaSearch.Ingest.Resolutions;

/// <summary>
/// One part of a RESOLVED block: (a), (b), (c)... or "" when the block is not split.
/// <see cref="Number"/> holds a printed resolution number where a council numbers them ("R2024-206").
/// <see cref="Minute"/> and <see cref="Meeting"/> tie it to the minute entry and the meeting it was made at.
/// </summary>
public sealed record Resolution(
    string Label,
    string Text,
    int[] Pages,
    string? Number = null,
    int? Minute = null,
    MeetingRef? Meeting = null);
