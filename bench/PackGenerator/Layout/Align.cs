namespace AgendaSearch.PackGenerator.Layout;

/// <summary>How a cell's lines sit in its width.</summary>
internal enum Align
{
    Left,
    Right,
    Centre,
}
