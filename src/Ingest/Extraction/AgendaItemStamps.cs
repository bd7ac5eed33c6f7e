using System.Text.RegularExpressions;

namespace AgendaSearch.Ingest.Extraction;

/// <summary>
/// Finds the "Agenda Item N" stamp that pack compilers print at the top right of a report's first
/// page, records N as <see cref="PackPage.AgendaItemStamp"/> (with where it stood) and removes it
/// from the text. A stamp is a whole cell reading only "Agenda Item N" (or "Agenda Item 5a", kept
/// as 5) that is either right of the page's middle or in the top margin; a sentence that mentions
/// "the report marked 'Agenda Item 8'" is not one. HTML renderings flow a report on after the
/// previous one, so the stamp can stand mid-page. Only the first stamp of a page is structure; a
/// second one stays in the text so nothing is lost.
/// </summary>
internal static partial class AgendaItemStamps
{
    /// <summary>A stamp starts right of this share of the page width (or sits in the top margin).</summary>
    public const double RightSide = 0.45;

    public static IReadOnlyList<PackPage> Apply(IReadOnlyList<PackPage> pages) => pages.Select(Apply).ToList();

    private static PackPage Apply(PackPage page)
    {
        for (var i = 0; i < page.Lines.Count; i++)
        {
            var line = page.Lines[i];
            var cells = line.Columns;
            for (var c = 0; c < cells.Count; c++)
            {
                var match = Stamp().Match(cells[c].Text);
                if (!match.Success || (cells[c].X < page.Width * RightSide && !MarginLines.InTopBand(page, line)))
                    continue;
                return page with
                {
                    AgendaItemStamp = int.Parse(match.Groups["n"].Value),
                    AgendaItemStampY = line.Y,
                    Lines = LineEdits.RemoveCells(page, [(i, c)]),
                };
            }
        }
        return page;
    }

    [GeneratedRegex(@"^\s*agenda\s+item\s*(?:no\.?\s*)?(?<n>\d{1,3})\s*[a-z]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();
}
