namespace AgendaSearch.PackGenerator.Output.Truth;

/// <summary>A meeting as the gold files name it: body and ISO date (time and venue only for the pack's own meeting).</summary>
internal sealed record MeetingTruth(string Body, string Date, string? Time = null, string? Venue = null);
