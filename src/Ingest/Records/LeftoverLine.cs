namespace AgendaSearch.Ingest.Records;

/// <summary>One line no record holds, and the physical page it is printed on.</summary>
internal sealed record LeftoverLine(int Page, string Text);
