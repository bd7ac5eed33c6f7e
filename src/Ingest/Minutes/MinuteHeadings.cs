using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// Finds the headings of minute entries. Numbered minutes run in sequence ("1. Appointment of Chairman.",
/// "54." over "Minutes.", "123. Budget (Item 5)"), so a numbered paragraph inside an answer ("6. The SGP
/// is required to ..." wrapping onto a lower-case line) is told apart by reading as a paragraph. Councils
/// that do not number their minutes head each entry with an "(Item N)" line under it (see
/// <see cref="ItemHeadings"/>) or, as parish councils do, with a short line in capitals.
/// </summary>
internal static partial class MinuteHeadings
{
    private const int MaxTitleLines = 3;

    /// <summary>
    /// A wrapped title's lines are set at the text's line spacing (about 1.2 font sizes); a line set
    /// further below starts the minute's text, even when it is indented like the title.
    /// </summary>
    private const double WrapSpacing = 1.4;

    public static IReadOnlyList<MinuteHeading> Find(IReadOnlyList<PackLine> lines, int from)
    {
        var referenced = ItemHeadings.Find(lines, from);
        if (referenced.Count >= 2)
            return referenced;
        var numbered = Numbered(lines, from);
        if (numbered.Count >= 2)
            return numbered;
        var unnumbered = Unnumbered(lines, from);
        return unnumbered.Count > 0 ? unnumbered : numbered;
    }

    private static List<MinuteHeading> Numbered(IReadOnlyList<PackLine> lines, int from)
    {
        var found = new List<MinuteHeading>();
        int? expected = null;
        string? style = null;
        for (var i = from; i < lines.Count; i++)
        {
            var m = NumberedLine().Match(lines[i].Text);
            // A council prints its minute numbers one way throughout: "7" after "6", not a list's
            // "07 Julie Levers" or a decision's "8. Delegates authority ..." under minute 7.
            if (!m.Success || (expected is int e && (!IsNext(m.Groups["n"].Value, e, lines[i], lines[found[^1].Line]) || m.Groups["p"].Value != style)))
                continue;
            var first = m.Groups["t"].Value.Trim();
            var titleAt = first.Length > 0 ? i : i + 1;
            if (titleAt >= lines.Count || (first.Length == 0 && NumberedLine().IsMatch(lines[titleAt].Text) && !Words.StartsUpper(lines[titleAt].Text)))
                continue;
            var firstText = first.Length > 0 ? first : lines[titleAt].Text;
            if (!Words.StartsUpper(firstText) && !firstText.StartsWith('(') && !YearTitle().IsMatch(firstText) || Decision().IsMatch(firstText) || ReadsAsParagraph(lines, titleAt, firstText))
                continue;
            var (title, count) = Title(lines, titleAt, firstText);
            var number = expected ?? int.Parse(m.Groups["n"].Value);
            found.Add(new MinuteHeading(i, number, title, titleAt - i + count));
            expected = number + 1;
            style = m.Groups["p"].Value;
            i = titleAt + count - 1;
        }
        return found;
    }

    /// <summary>
    /// The number the sequence expects, as printed, or misprinted without its leading digits ("6"
    /// between 55 and 57) on a line set where the minute headings before it stand.
    /// </summary>
    private static bool IsNext(string printed, int expected, PackLine line, PackLine previous)
    {
        var want = expected.ToString();
        return printed == want || printed.Length < want.Length && printed[0] != '0' && want.EndsWith(printed) && Math.Abs(line.X - previous.X) < 1;
    }

    private static List<MinuteHeading> Unnumbered(IReadOnlyList<PackLine> lines, int from)
    {
        var found = new List<MinuteHeading>();
        for (var i = from; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (Words.IsAllCaps(text) && Words.Count(text) <= 12 && text.Length > 3 && !NotAnEntry().IsMatch(text) && !text.Any(char.IsDigit))
                found.Add(new MinuteHeading(i, null, Words.TrimHeading(Words.TitleCase(text)), 1));
        }
        return found;
    }

    /// <summary>
    /// A numbered paragraph rather than a heading: it carries a sentence break ("... the County. Indeed,")
    /// or wraps onto a lower-case line of five words or more. A heading whose "(Item N)" reference
    /// follows within the title's lines is a heading however its title wraps.
    /// </summary>
    private static bool ReadsAsParagraph(IReadOnlyList<PackLine> lines, int at, string first)
    {
        if (SentenceBreak().IsMatch(first) || Words.Count(first) > 24)
            return true;
        if (at + 1 >= lines.Count)
            return false;
        if (Enumerable.Range(at + 1, Math.Min(MaxTitleLines, lines.Count - at - 1)).Any(k => ItemHeadings.IsReference(lines[k].Text)))
            return false;
        var next = lines[at + 1].Text;
        return Words.StartsLower(next) && Words.Count(next) >= 5 && !Words.EndsOpen(first);
    }

    /// <summary>The title: the first line plus short or clearly continuing lines, up to a finished sentence.</summary>
    private static (string, int) Title(IReadOnlyList<PackLine> lines, int at, string first)
    {
        var parts = new List<string> { first };
        var k = at + 1;
        while (k < lines.Count && parts.Count < MaxTitleLines && (Continues(parts[^1], lines[k].Text) || HangsUnder(lines[at], lines[k], parts[^1])))
            parts.Add(lines[k++].Text);
        var title = Words.TrimHeading(string.Join(' ', parts));
        return (title, k - at);
    }

    /// <summary>
    /// Whether a title goes on to the next line: after an open end ("... responses from"), onto a
    /// wrapped number or item reference ("16.", "(Item 1)") or a short lower-case piece, but not
    /// after a finished sentence.
    /// </summary>
    private static bool Continues(string previous, string next)
    {
        if (Words.EndsSentence(previous) || NotAHeading().IsMatch(next))
            return false;
        if (Words.EndsOpen(previous))
            return true;
        if (Words.Count(next) <= 3 && TitleTail().IsMatch(next))
            return true;
        return Words.StartsLower(next) && Words.Count(next) <= 6;
    }

    /// <summary>
    /// A short unfinished tail set in from the number, under the title's first word ("59. Declarations of
    /// the Party Whip ... Overview and Scrutiny" / "      Procedure Rule 16."), as hanging-indent layouts print,
    /// and as close below as the lines of a paragraph.
    /// </summary>
    private static bool HangsUnder(PackLine heading, PackLine next, string previous) =>
        next.Page == heading.Page && next.X > heading.X + 1 && next.GapAbove <= WrapSpacing * next.FontSize && Words.Count(next.Text) <= 6
        && !Words.EndsSentence(previous) && !NotAHeading().IsMatch(next.Text);

    [GeneratedRegex(@"^(?:\d|\((?:agenda\s+)?item\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleTail();


    [GeneratedRegex(@"^(?:RESOLVED|RESOVLED|PRESENT|IN ATTENDANCE|ALSO PRESENT|CHAIRMAN|CHAIR|AGREED|CARRIED|NOTED)\b")]
    private static partial Regex NotAnEntry();

    [GeneratedRegex(@"^(?:minute\s+)?(?<n>\d{1,4})(?:/\d{2,4})?(?<p>[.:]?)(?:(?:\s*[-–—]\s*|\s+)(?<t>[A-Za-z(“""'‘].*|\d{4}(?:/\d{2,4})?\s+[A-Z].*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedLine();

    /// <summary>A title that opens with a year or financial year ("55. 2022/23 Medium Term Financial Strategy").</summary>
    [GeneratedRegex(@"^\d{4}(?:/\d{2,4})?\s+[A-Z]")]
    private static partial Regex YearTitle();

    /// <summary>A numbered paragraph that records a decision ("2. RESOLVED that ...") is no heading.</summary>
    [GeneratedRegex(@"^(?:It\s+was\s+)?(?:RESOLVED|RESOVLED|AGREED|CARRIED|DECIDED|Resolved)\b")]
    private static partial Regex Decision();

    [GeneratedRegex(@"[a-z]{2,}[.?!]\s+[A-Z]")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(?:it\s+was\s+)?(?:RESOLVED|RESOVLED|PRESENT|IN ATTENDANCE|APOLOGIES|CHAIRMAN|CHAIR|AGREED|CARRIED|NOTED)\b|^(?:present|in attendance|also present)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAHeading();
}
