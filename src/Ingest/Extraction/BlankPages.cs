using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// Removes "This page is intentionally left blank" notices and then pages with no text left.
/// A dropped page is simply absent: the others keep their physical numbers. A page whose only
/// content was an agenda item stamp is kept, so the stamp is not lost.
/// </summary>
internal static partial class BlankPages
{
    public static IReadOnlyList<PackPage> Apply(IReadOnlyList<PackPage> pages)
    {
        var result = new List<PackPage>(pages.Count);
        foreach (var page in pages)
        {
            var lines = page.Lines.Any(l => Notice().IsMatch(l.Text))
                ? page.Lines.Where(l => !Notice().IsMatch(l.Text)).ToList()
                : page.Lines;
            if (lines.Count > 0 || page.AgendaItemStamp is not null)
                result.Add(lines == page.Lines ? page : page with { Lines = lines });
        }
        return result;
    }

    [GeneratedRegex(
        @"^[\W_]*(?:this\s+)?page\s+(?:is\s+|has\s+been\s+)?(?:intentionally|deliberately)\s+(?:been\s+)?(?:left\s+)?blank[\W_]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();
}
