namespace AgendaSearch.PackGenerator.Layout;

/// <summary>The three standard-14 faces the packs are set in (Helvetica, the PDF stand-in for Arial).</summary>
internal enum Face
{
    Regular,
    Bold,
    Italic,
}
