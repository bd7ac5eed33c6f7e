using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// Finds the number printed in a page's margin ("5", "Page 5", "Page 5 of 20", "Page | 5",
/// "- 5 -"), records it as <see cref="PackPage.PrintedNumber"/> and removes it from the text.
/// A number may be a whole margin line or one cell of it (a footer "Scrutiny Commission ... Page 5").
/// A pack compiled from reports carries both the pack's "Page N" stamp and each report's own bare
/// number; the explicit form wins and both are removed. A bare number is only taken as a page number
/// when another page's bare number agrees with it (same offset from the physical page), so a lone
/// figure at the foot of a table stays text.
/// </summary>
internal static partial class PrintedPageNumbers
{
    public static IReadOnlyList<PackPage> Apply(IReadOnlyList<PackPage> pages)
    {
        var candidates = pages.Select(Candidates).ToArray();
        var offsets = new Dictionary<int, int>();
        for (var p = 0; p < pages.Count; p++)
            foreach (var offset in candidates[p].Where(c => c.Bare).Select(c => c.Number - pages[p].Number).Distinct())
                offsets[offset] = offsets.GetValueOrDefault(offset) + 1;

        var result = new PackPage[pages.Count];
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var accepted = candidates[p]
                .Where(c => !c.Bare || pages.Count <= 2 || offsets[c.Number - page.Number] >= 2)
                .ToList();
            if (accepted.Count == 0)
            {
                result[p] = page;
                continue;
            }
            var printed = accepted.OrderBy(c => c.Bare).First().Number;
            var lines = LineEdits.RemoveCells(page, accepted.Select(c => (c.Line, c.Cell)).ToHashSet());
            result[p] = page with { PrintedNumber = printed, Lines = lines };
        }
        return result;
    }

    private static List<Candidate> Candidates(PackPage page)
    {
        var found = new List<Candidate>();
        foreach (var (index, _) in MarginLines.Of(page))
        {
            var cells = page.Lines[index].Columns;
            for (var c = 0; c < cells.Count; c++)
            {
                var match = Number().Match(cells[c].Text);
                if (match.Success && int.TryParse(match.Groups["n"].Value, out var number))
                    found.Add(new Candidate(index, c, number, match.Groups["bare"].Success));
            }
        }
        return found;
    }

    private sealed record Candidate(int Line, int Cell, int Number, bool Bare);

    [GeneratedRegex(
        @"^\s*(?:page\s*[|:]?\s*(?<n>\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*(?<n>\d{1,4})\s*[-–—]|(?<n>\d{1,4})\s*\|\s*page|(?<bare>(?<n>\d{1,4})))\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
