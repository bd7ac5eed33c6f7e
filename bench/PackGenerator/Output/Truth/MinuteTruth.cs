namespace AgendaSearch.PackGenerator.Output.Truth;

/// <summary>
/// A numbered minute: its resolution labels ("" for a single RESOLVED paragraph), the item of the minuted meeting it
/// records, and for a report the "Agenda Item N" it says is filed with the minutes (the decision trail).
/// </summary>
internal sealed record MinuteTruth(int Number, string Title, IReadOnlyList<string> Resolutions, int AgendaItem, int? ReportFiled);
