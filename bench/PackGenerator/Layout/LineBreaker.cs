namespace AgendaSearch.PackGenerator.Layout;

/// <summary>
/// Greedy line breaking at spaces to a measured width; '\n' forces a break. A word wider than the whole line (a
/// long URL) is split between characters.
/// </summary>
internal static class LineBreaker
{
    public static List<string> Wrap(string text, Face face, double size, double width)
    {
        var lines = new List<string>();
        var space = FontMetrics.Width(" ", face, size);
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            var used = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = FontMetrics.Width(word, face, size);
                if (line.Length > 0 && used + space + w <= width)
                {
                    line += " " + word;
                    used += space + w;
                    continue;
                }
                if (line.Length > 0)
                    lines.Add(line);
                (line, used) = w <= width ? (word, w) : SplitLong(word, face, size, width, lines);
            }
            lines.Add(line);
        }
        return lines;
    }

    private static (string, double) SplitLong(string word, Face face, double size, double width, List<string> lines)
    {
        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (FontMetrics.Width(word[start..end], face, size) <= width)
                continue;
            lines.Add(word[start..(end - 1)]);
            start = end - 1;
        }
        var rest = word[start..];
        return (rest, FontMetrics.Width(rest, face, size));
    }
}
