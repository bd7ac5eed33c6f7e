using AgendaSearch.Ingest.Officers;

namespace AgendaSearch.Ingest.Reports;

/// <summary>
/// An officer report inside a pack. <see cref="Pages"/> is the physical page span [from, to].
/// <see cref="ReportOf"/> is the "REPORT OF ..." author line without the prefix.
/// </summary>
public sealed record Report(
    string? Title,
    string? ReportOf,
    string? Purpose,
    string? Recommendations,
    IReadOnlyList<OfficerContact> Contacts,
    string Text,
    int[] Pages);
