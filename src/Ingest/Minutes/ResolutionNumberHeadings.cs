using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Resolutions;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// Minutes that print no item numbers or headings, only numbered resolutions, as Ontario townships do:
/// "R2023-147 D. Yemm, S. Foote:" (the number, then mover and seconder) over the resolution, closed by
/// its outcome ("... be adopted as published. Carried."). Each block is an entry numbered by the part
/// after the dash (R2024-206 is 206), titled by its operative clause; it ends at its outcome line, so
/// the narrative between blocks (committee reports, a member leaving the room) belongs to none.
/// </summary>
internal static partial class ResolutionNumberHeadings
{
    public static List<MinuteHeading> Find(IReadOnlyList<PackLine> lines, int from)
    {
        var starts = Enumerable.Range(from, Math.Max(0, lines.Count - from)).Where(i => Heading().IsMatch(lines[i].Text)).ToList();
        var found = new List<MinuteHeading>();
        for (var s = 0; s < starts.Count; s++)
        {
            var at = starts[s];
            var next = s + 1 < starts.Count ? starts[s + 1] : lines.Count;
            var end = Enumerable.Range(at + 1, Math.Max(0, next - at - 1)).FirstOrDefault(k => ResolutionOutcome.Find(lines[k].Text) is not null, next - 1) + 1;
            var m = Heading().Match(lines[at].Text);
            var body = lines.Skip(at + 1).Take(end - at - 1).Select(l => l.Text).ToList();
            found.Add(new MinuteHeading(at, int.Parse(m.Groups["n"].Value), OperativeClause.Of(body), 1, m.Groups["printed"].Value, EntryKind.Resolution, end));
        }
        return found;
    }

    /// <summary>The number ("R2024-206", "Resolution No. R2024-206") alone, or followed by who moved and seconded it ("D. Yemm, S. Foote:", "Moved by ...").</summary>
    [GeneratedRegex(@"^(?:Resolution\s+(?:No\.?\s*)?)?(?<printed>R(?<y>\d{2,4})-(?<n>\d{1,4}))(?:\s+(?:(?:moved|seconded)\b.*|(?:[A-Z][\w.'’-]*\s?)+(?:,\s*(?:[A-Z][\w.'’-]*\s?)+)*[:;]?))?\s*$")]
    private static partial Regex Heading();
}
