namespace AgendaSearch.PackGenerator.Content;

/// <summary>
/// A planned meeting and its pack. <see cref="PreviousMinutes"/> are the minutes printed as item 1 (null only for
/// the unpublished meeting that starts a chain); <see cref="PreviousFile"/> names the pack of that earlier meeting
/// when the corpus contains it.
/// </summary>
internal sealed record Meeting(
    Body Body,
    DateOnly Date,
    DateOnly PreviousDate,
    string Time,
    string Venue,
    Officer Contact,
    IReadOnlyList<AgendaItem> Items,
    Minutes? PreviousMinutes,
    string? PreviousFile,
    PackStyle Style,
    bool PadSections,
    bool OrdinalDates)
{
    public string FileStem => $"{Body.Slug}-{Date:yyyy-MM-dd}-agenda-pack";
}
