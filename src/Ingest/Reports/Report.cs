using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Officers;

namespace AgendaSearch.Ingest.Reports;

/// <summary>
/// An officer report inside a pack. <see cref="Pages"/> is the physical page span [from, to].
/// <see cref="ReportOf"/> is the "REPORT OF ..." author line without the prefix.
/// <see cref="Meeting"/> is the meeting its header names ("CABINET – 20 JULY 2021"), which may differ
/// from the pack's own when a report to another body is attached.
/// </summary>
public sealed record Report(
    string? Title,
    string? ReportOf,
    string? Purpose,
    string? Recommendations,
    IReadOnlyList<OfficerContact> Contacts,
    string Text,
    int[] Pages,
    MeetingRef? Meeting = null);
