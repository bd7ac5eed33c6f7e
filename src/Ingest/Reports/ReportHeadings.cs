using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Reports;

/// <summary>
/// Headings inside a report ("Purpose of the Report", "Recommendations.", "2.1 Introduction"): short
/// capitalised lines that stand alone, after a finished sentence or a gap, not the wrapped end of a
/// paragraph. Also reads the text under a heading, or after an inline label ("Purpose: ...").
/// </summary>
internal static partial class ReportHeadings
{
    public static bool IsHeading(IReadOnlyList<PackLine> lines, int i)
    {
        var text = Numbering().Replace(lines[i].Text, "");
        var words = Words.Count(text);
        if (words is 0 or > 10 || !Words.StartsUpper(text) || text.EndsWith(',') || text.EndsWith(';'))
            return false;
        if (text.EndsWith('.') && words > 3)
            return false;
        if ((text.EndsWith(':') || text.EndsWith('-')) && words > 3)
            return false;
        if (i + 1 < lines.Count && Words.StartsLower(lines[i + 1].Text) && !lines[i + 1].AfterBreak)
            return false;
        if (i == 0 || lines[i].FirstOnPage)
            return true;
        var before = lines[i - 1].Text;
        return Words.EndsSentence(before) || before.EndsWith(':') || before.EndsWith(';') || IsNumberOnly(before) || Label().IsMatch(before)
            || (Words.Count(before) <= 10 && !Words.EndsOpen(before) && Words.IsAllCaps(before)) || PartLabel().IsMatch(before);
    }

    /// <summary>
    /// The text under the first heading matching <paramref name="heading"/> (or after it on the same
    /// line when it is a label, "Summary: ..."), up to the next heading, paragraph numbers removed.
    /// </summary>
    public static string? TextUnder(IReadOnlyList<PackLine> lines, Regex heading)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Numbering().Replace(lines[i].Text, "");
            var m = heading.Match(line);
            if (!m.Success)
                continue;
            var inline = line[m.Length..].Trim();
            if (inline.Length == 0 ? !IsHeading(lines, i) : !m.Value.TrimEnd().EndsWith(':'))
                continue;
            var parts = new List<string>();
            if (inline.Length > 0)
                parts.Add(inline);
            for (var k = i + 1; k < lines.Count && !IsHeading(lines, k) && !Label().IsMatch(lines[k].Text); k++)
                if (!IsNumberOnly(lines[k].Text))
                    parts.Add(Numbering().Replace(lines[k].Text, ""));
            var text = string.Join(' ', parts).Trim();
            if (text.Length > 0)
                return text;
        }
        return null;
    }

    public static bool IsNumberOnly(string text) => NumberOnly().IsMatch(text);

    /// <summary>An inline label of a cover sheet ("Recommendation(s): ...", "Classification: ...").</summary>
    /// <summary>A division label over a heading ("PART A", "SECTION 2"), whose "A" is no open-ended article.</summary>
    [GeneratedRegex(@"^(?:PART|SECTION|ANNEX|APPENDIX)\s+[A-Z0-9]{1,3}$")]
    private static partial Regex PartLabel();

    [GeneratedRegex(@"^[A-Z][A-Za-z()/' ]{2,30}:\s*\S")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*\.?\*{0,2}|\(?[a-z]\)|\(?[ivx]{1,5}\)|[a-z]\.|[ivx]{1,5}\.)\s+")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxl]{1,6})[.)]?$")]
    private static partial Regex NumberOnly();
}
