using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Reports;

/// <summary>
/// Where an officer report begins: a meeting header followed by "REPORT OF ..." or "Purpose"
/// (Leicestershire-style), a "REPORT OF THE ..." line at the top of a page, or a From/To/Subject
/// block (Kent-style "From: ... To: ... Subject: ...").
/// </summary>
internal static partial class ReportStart
{
    public static bool IsStart(IReadOnlyList<PackLine> lines, int i)
    {
        var text = lines[i].Text;
        if (ReportHeader.Parse(text) is not null)
            return Following(lines, i, 8).Any(l => Opening().IsMatch(l.Text));
        if (ReportOf().IsMatch(text) && Words.IsAllCaps(text))
            return lines[i].FirstOnPage || (i > 0 && lines[i - 1].Page == lines[i].Page && lines[i - 1].FirstOnPage);
        if (FromLine().IsMatch(text))
        {
            var next = Following(lines, i, 6).ToList();
            return next.Any(l => ToLine().IsMatch(l.Text)) && next.Any(l => SubjectLine().IsMatch(l.Text));
        }
        return false;
    }

    private static IEnumerable<PackLine> Following(IReadOnlyList<PackLine> lines, int i, int count) =>
        lines.Skip(i + 1).Take(count);

    [GeneratedRegex(@"^(?:report\s+(?:of|by|to)\b|purpose\b|summary\b|executive\s+summary\b|introduction\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^REPORT\s+(?:OF|BY)\s+\S")]
    private static partial Regex ReportOf();

    [GeneratedRegex(@"^(?:from|by)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"^to\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex ToLine();

    [GeneratedRegex(@"^subject\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLine();
}
