using AgendaSearch.Ingest.Meetings;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// The minutes of one meeting as printed in a pack (usually the previous meeting's, for
/// confirmation) or in a separately published minutes document.
/// <see cref="AgendaItem"/> is the agenda item of the pack that carries them.
/// </summary>
public sealed record MinutesRecord(
    MeetingRef OfMeeting,
    int? AgendaItem,
    IReadOnlyList<string> Present,
    string? Chair,
    IReadOnlyList<string> InAttendance,
    IReadOnlyList<MinuteEntry> Entries,
    int[] Pages);
