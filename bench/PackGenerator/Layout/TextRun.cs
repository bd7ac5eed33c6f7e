namespace AgendaSearch.PackGenerator.Layout;

/// <summary>A piece of text placed on a page: x and baseline y in PDF points from the bottom left.</summary>
internal sealed record TextRun(string Text, double X, double Y, double Size, Face Face);
