using AgendaSearch.Ingest.Reports;

namespace AgendaSearch.Ingest.AgendaItems;

/// <summary>
/// An item of the agenda list. <see cref="StatedPages"/> is the range the agenda prints
/// ("Pages 5 - 14"), kept as printed data; <see cref="Report"/> holds the report found in the pack
/// for this item, with its physical pages. <see cref="Officers"/> are the report's contact names.
/// <see cref="Note"/> is text the agenda prints under the item ("Mrs Taylor will provide a presentation").
/// </summary>
public sealed record AgendaItem(
    int Number,
    string Title,
    string? ReportBy = null,
    int[]? StatedPages = null,
    IReadOnlyList<string>? Officers = null,
    Report? Report = null,
    string? Note = null);
