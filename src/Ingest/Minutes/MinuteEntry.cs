using AgendaSearch.Ingest.Resolutions;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// One numbered minute. <see cref="Number"/> is null for councils that do not number minutes;
/// <see cref="ItemReference"/> is an "(Item N)" or "Agenda Item N" reference where printed;
/// <see cref="PrintedNumber"/> the number as printed when it is not a plain integer ("16.03.05", "R2024-206").
/// </summary>
public sealed record MinuteEntry(
    int? Number,
    string Title,
    string Text,
    int[] Pages,
    IReadOnlyList<Resolution> Resolutions,
    int? ItemReference = null,
    string? PrintedNumber = null);
