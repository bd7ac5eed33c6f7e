namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// A run of words on one line separated from its neighbours by a wide gap: a table cell or a column
/// of a two- or three-column block (agenda list "number | title | report by | pages", "Officers to
/// Contact" name | phone). <see cref="X"/> and <see cref="Width"/> are PDF points.
/// </summary>
public sealed record LineCell(double X, string Text, double Width);
