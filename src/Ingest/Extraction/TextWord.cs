namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// A word as the PDF layer found it, free of PdfPig types so the line builder is pure:
/// left edge, right edge and baseline in PDF points (origin bottom left), font size in points.
/// </summary>
internal sealed record TextWord(string Text, double X, double Right, double Baseline, double FontSize, bool Bold);
