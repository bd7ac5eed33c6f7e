namespace AgendaSearch.PackGenerator.Content;

/// <summary>A line of the AGENDA list; <see cref="Report"/> is set when the pack prints a report for it.</summary>
internal sealed record AgendaItem(int Number, ItemKind Kind, string Title, Report? Report = null, string? Note = null)
{
    public string? ReportBy => Report?.Department.Director;
}
