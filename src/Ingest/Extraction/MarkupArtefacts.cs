using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// Strips markup that leaked into the printed text when a pack was rendered from HTML or Markdown
/// source: inline HTML tags ("&lt;u&gt;Item&lt;/u&gt;", "&lt;b&gt;", "&lt;br/&gt;") and Markdown
/// bold "**" stuck to a word ("**LEICESTER", "STRATEGY**", "1.1**"). Only known inline tag names
/// are removed, so "&lt;5%" or "a &lt; b" stay; a "**" standing alone (a footnote mark) stays too.
/// </summary>
internal static partial class MarkupArtefacts
{
    public static IReadOnlyList<PackPage> Apply(IReadOnlyList<PackPage> pages) =>
        pages.Select(page => page with { Lines = LineEdits.MapCells(page.Lines, (_, _, text) => Strip(text)) }).ToList();

    internal static string Strip(string text)
    {
        if (text.IndexOf('<') < 0 && !text.Contains("**", StringComparison.Ordinal))
            return text;
        var stripped = Markdown().Replace(Tag().Replace(text, ""), "");
        return Spaces().Replace(stripped, " ").Trim();
    }

    [GeneratedRegex(@"</?(?:u|b|i|em|strong|s|strike|sup|sub|span|font|small|big|mark|br|p|div)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<=\S)\*\*(?!\*)|(?<!\*)\*\*(?=\S)")]
    private static partial Regex Markdown();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
