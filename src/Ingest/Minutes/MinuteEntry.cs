using AgendaSearch.Ingest.Resolutions;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// One numbered minute. <see cref="Number"/> is null for councils that do not number minutes;
/// <see cref="ItemReference"/> is an "(Item N)" or "Agenda Item N" reference where printed.
/// </summary>
public sealed record MinuteEntry(
    int? Number,
    string Title,
    string Text,
    int[] Pages,
    IReadOnlyList<Resolution> Resolutions,
    int? ItemReference = null);
