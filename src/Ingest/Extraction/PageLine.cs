namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// One line of text on a page in reading order, with the geometry and typography the
/// structure parsers use (indent, headings in bold or larger type). Coordinates are PDF
/// points with the origin at the bottom left, as PdfPig reports them.
/// </summary>
public sealed record PageLine(string Text, double X, double Y, double Width, double FontSize, bool Bold);
