using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Tests.Fixtures;

/// <summary>
/// Turns a readable text fixture into extracted pages, so parsers can be tested on small documents
/// written by hand. Format: one printed line per line; a line "--- page ---" starts a new page; leading
/// spaces indent (3 points each); a blank line is a wider gap (a new paragraph or table cell); a line
/// "@footer TEXT" is printed at the foot of the page (where page numbers sit); a line "@size N TEXT" is set in
/// N-point type (a cover's large type, a note's small type); " | " separates the
/// cells of a table row, as extraction reports them.
/// </summary>
internal static class FixtureText
{
    private const double Top = 780;
    private const double LineStep = 14;
    private const double BlankStep = 16;
    private const double Size = 11;

    public static string PathOf(string kind, string name) =>
        System.IO.Path.Combine(Corpus.Root, "tests", "Ingest.Tests", kind, "fixtures", name);

    public static PackText Load(string kind, string name) =>
        Parse(name, File.ReadAllText(PathOf(kind, name)));

    /// <summary>The cleaned lines of a fixture, as the parsers after stage 1 see them.</summary>
    public static IReadOnlyList<PackLine> Lines(string kind, string name) => PackLines.Read(Load(kind, name)).Lines;

    public static PackText Parse(string source, string text)
    {
        var pages = new List<PackPage>();
        var lines = new List<PageLine>();
        var y = Top;
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.Trim() == "--- page ---")
            {
                pages.Add(Page(pages.Count + 1, lines));
                lines = [];
                y = Top;
                continue;
            }
            if (raw.Trim().Length == 0)
            {
                y -= BlankStep;
                continue;
            }
            if (raw.StartsWith("@footer "))
            {
                lines.Add(new PageLine(raw["@footer ".Length..].Trim(), 290, 27, 10, 10, false));
                continue;
            }
            var size = Size;
            var printed = raw;
            if (raw.StartsWith("@size ") && raw.Split(' ', 3) is [_, var points, var rest])
                (size, printed) = (double.Parse(points, System.Globalization.CultureInfo.InvariantCulture), rest);
            var indent = printed.Length - printed.TrimStart(' ').Length;
            lines.Add(Line(printed.Trim(), 63 + indent * 3, y, size));
            y -= LineStep * size / Size;
        }
        if (lines.Count > 0 || pages.Count == 0)
            pages.Add(Page(pages.Count + 1, lines));
        return new PackText(source, pages);
    }

    private static PageLine Line(string text, double x, double y, double size)
    {
        var parts = text.Split(" | ");
        if (parts.Length == 1)
            return new PageLine(text, x, y, text.Length * 5, size, false);
        var cells = new List<LineCell>();
        foreach (var part in parts)
        {
            cells.Add(new LineCell(x, part, part.Length * 5));
            x += part.Length * 5 + 40;
        }
        return new PageLine(string.Join(' ', parts), cells[0].X, y, x - 40 - cells[0].X, size, false, cells);
    }

    private static PackPage Page(int number, List<PageLine> lines) => new(number, null, 595, 842, lines);
}
