using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>When and where a meeting is held, and the dates of the meetings either side of it.</summary>
internal sealed record MeetingSlot(
    Body Body,
    DateOnly Date,
    DateOnly Previous,
    DateOnly Next,
    string Time,
    string Venue,
    Officer Contact,
    PackStyle Style);
