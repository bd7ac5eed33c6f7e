using AgendaSearch.Records;

namespace AgendaSearch.Index.Trail;

/// <summary>
/// One step of a decision trail (<see cref="TrailKind"/>). A found step carries its
/// <see cref="Record"/>; a step that could not be linked carries what the other records say about
/// it (the item number a minute prints, the meeting) and a <see cref="Status"/> saying why, with a
/// <see cref="Note"/> in words. <see cref="PackId"/> and <see cref="Pages"/> are set where the step
/// is printed somewhere other than the record's own pages (minutes printed for confirmation).
/// </summary>
public sealed record TrailStep(TrailKind Kind, string Status)
{
    public SearchRecord? Record { get; init; }
    public string? MeetingId { get; init; }
    public DateOnly? MeetingDate { get; init; }
    public int? ItemNumber { get; init; }
    public int? MinuteNumber { get; init; }
    public string? PackId { get; init; }
    public int[]? Pages { get; init; }
    /// <summary>How the step was linked (<see cref="TrailLink"/>); null for the record asked about.</summary>
    public string? LinkedBy { get; init; }
    public string? Note { get; init; }

    public static TrailStep Found(TrailKind kind, SearchRecord record, string? linkedBy) => new(kind, TrailStatus.Found)
    {
        Record = record,
        MeetingId = record.MeetingId,
        MeetingDate = record.MeetingDate,
        ItemNumber = record.ItemNumber,
        MinuteNumber = record.MinuteNumber,
        LinkedBy = linkedBy,
    };
}
