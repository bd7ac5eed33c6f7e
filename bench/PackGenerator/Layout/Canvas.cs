namespace AgendaSearch.PackGenerator.Layout;

/// <summary>One page being composed: the runs placed on it so far, in drawing order.</summary>
internal sealed class Canvas
{
    public const double Width = 595;
    public const double Height = 842;
    public const double Left = 72;
    public const double Right = 523;

    public List<TextRun> Runs { get; } = [];

    public void Text(string text, double x, double y, double size, Face face = Face.Regular) =>
        Runs.Add(new TextRun(text, x, y, size, face));

    public void Centred(string text, double y, double size, Face face = Face.Regular) =>
        Text(text, (Width - FontMetrics.Width(text, face, size)) / 2, y, size, face);

    public void RightAligned(string text, double y, double size, Face face = Face.Regular) =>
        Text(text, Right - FontMetrics.Width(text, face, size), y, size, face);

    /// <summary>A filler page, as packs print after a section that ends on an odd page.</summary>
    public static Canvas Blank()
    {
        var page = new Canvas();
        page.Centred("This page is intentionally left blank", Height / 2, 12);
        return page;
    }
}
