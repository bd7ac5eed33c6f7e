namespace AgendaSearch.PackGenerator.Layout;

/// <summary>A column of a <see cref="Flow"/> row: text wrapped to <see cref="Width"/> starting at <see cref="X"/>.</summary>
internal sealed record Cell(string Text, double X, double Width, Face Face = Face.Regular, Align Align = Align.Left);
