using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Reports;

/// <summary>
/// Where an officer report begins: a meeting header followed by "REPORT OF ..." or "Purpose"
/// (Leicestershire-style), a "REPORT OF THE ..." line at the top of a page, or a cover sheet of
/// labels ("From: ... To: ... Subject: ...", "Report to: ... Report of: ... Title: ...").
/// </summary>
internal static partial class ReportStart
{
    public static bool IsStart(IReadOnlyList<PackLine> lines, int i)
    {
        var text = lines[i].Text;
        if (ReportHeader.Read(lines, i) is (_, var length))
            return Following(lines, i + length - 1, 8).Any(l => Opening().IsMatch(l.Text));
        if (ReportOf().IsMatch(text) && Words.IsAllCaps(text))
            return lines[i].FirstOnPage || (i > 0 && lines[i - 1].Page == lines[i].Page && lines[i - 1].FirstOnPage);
        if (Addressed().IsMatch(text) && (i == 0 || !Addressed().IsMatch(lines[i - 1].Text)))
            return Following(lines, i, 8).Any(l => SubjectLine().IsMatch(l.Text));
        return false;
    }

    private static IEnumerable<PackLine> Following(IReadOnlyList<PackLine> lines, int i, int count) =>
        lines.Skip(i + 1).Take(count);

    [GeneratedRegex(@"^(?:report\s+(?:of|by|to)\b|purpose\b|summary\b|executive\s+summary\b|introduction\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^REPORT\s+(?:OF|BY)\s+\S")]
    private static partial Regex ReportOf();

    /// <summary>The first lines of a cover sheet: who it is from or for ("From:", "Report to:", "Decision maker:", "Committee:").</summary>
    [GeneratedRegex(@"^(?:from|by|to|report\s+(?:of|by|to|for|from|author)|decision\s+maker|committee)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Addressed();

    [GeneratedRegex(@"^(?:subject|title|report\s+title|title\s+of\s+report)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectLine();
}
