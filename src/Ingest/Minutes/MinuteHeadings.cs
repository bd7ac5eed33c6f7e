using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// Finds the headings of minute entries. Numbered minutes run in sequence ("1. Appointment of Chairman.",
/// "54." over "Minutes.", "123. Budget (Item 5)"), so a numbered paragraph inside an answer ("6. The SGP
/// is required to ..." wrapping onto a lower-case line) is told apart by reading as a paragraph. Councils
/// that do not number their minutes (parish councils) head each entry with a short line in capitals.
/// </summary>
internal static partial class MinuteHeadings
{
    private const int MaxTitleLines = 3;

    public static IReadOnlyList<MinuteHeading> Find(IReadOnlyList<PackLine> lines, int from)
    {
        var numbered = Numbered(lines, from);
        if (numbered.Count >= 2 && !IsList(lines, numbered))
            return numbered;
        foreach (var (other, least) in OtherNumberings)
            if (other(lines, from) is { } found && found.Count >= least)
                return found;
        var unnumbered = Unnumbered(lines, from);
        return unnumbered.Count > 0 || IsList(lines, numbered) ? unnumbered : numbered;
    }

    /// <summary>
    /// Numberings other councils print instead of "1." minutes, tried in turn when there are none: numbered
    /// resolution blocks, year-and-month minute numbers, file numbers. A resolution or file number is
    /// unmistakable alone (a second meeting's minutes may hold one item); a dotted number must recur.
    /// </summary>
    private static readonly (Func<IReadOnlyList<PackLine>, int, List<MinuteHeading>> Find, int Least)[] OtherNumberings =
        [(ResolutionNumberHeadings.Find, 1), (DottedMinuteNumbers.Find, 2), (FileNumberHeadings.Find, 1)];

    /// <summary>
    /// A numbered list rather than minutes: most of its "headings" follow one another with no text between,
    /// where every minute records something, and it is a list by its look: introduced by a line ending in
    /// a colon ("... spoke in the following order:") or made of names ("1. Shawn Hughes" / "2. Joshua Dills").
    /// Compact minutes whose every item is one sentence ("1. Apologies were received from ...") stay minutes.
    /// </summary>
    private static bool IsList(IReadOnlyList<PackLine> lines, List<MinuteHeading> headings)
    {
        if (headings.Count < 2 || headings.Zip(headings.Skip(1)).Count(p => p.Second.Line == p.First.Line + p.First.Length) * 2 < headings.Count)
            return false;
        var first = headings[0].Line;
        return first > 0 && lines[first - 1].Text.TrimEnd().EndsWith(':')
            || headings.Count(h => PersonName.LooksLikeName(h.Title)) * 2 > headings.Count;
    }

    private static List<MinuteHeading> Numbered(IReadOnlyList<PackLine> lines, int from)
    {
        var found = new List<MinuteHeading>();
        int? expected = null;
        for (var i = from; i < lines.Count; i++)
        {
            var m = NumberedLine().Match(lines[i].Text);
            if (!m.Success || (expected is int e && int.Parse(m.Groups["n"].Value) != e))
                continue;
            var first = m.Groups["t"].Value.Trim();
            var titleAt = first.Length > 0 ? i : i + 1;
            if (titleAt >= lines.Count || (first.Length == 0 && NumberedLine().IsMatch(lines[titleAt].Text) && !Words.StartsUpper(lines[titleAt].Text)))
                continue;
            var firstText = first.Length > 0 ? first : lines[titleAt].Text;
            if (!Words.StartsUpper(firstText) && !firstText.StartsWith('(') && !YearTitle().IsMatch(firstText) || ReadsAsParagraph(lines, titleAt, firstText))
                continue;
            var (title, count) = Title(lines, titleAt, firstText);
            found.Add(new MinuteHeading(i, int.Parse(m.Groups["n"].Value), title, titleAt - i + count));
            expected = int.Parse(m.Groups["n"].Value) + 1;
            i = titleAt + count - 1;
        }
        return found;
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
    /// or wraps onto a lower-case line of five words or more.
    /// </summary>
    internal static bool ReadsAsParagraph(IReadOnlyList<PackLine> lines, int at, string first)
    {
        if (SentenceBreak().IsMatch(first) || Words.Count(first) > 24)
            return true;
        if (at + 1 >= lines.Count)
            return false;
        var next = lines[at + 1].Text;
        return Words.StartsLower(next) && Words.Count(next) >= 5 && !Words.EndsOpen(first);
    }

    /// <summary>The title: the first line plus short or clearly continuing lines, up to a finished sentence.</summary>
    internal static (string, int) Title(IReadOnlyList<PackLine> lines, int at, string first)
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
    /// the Party Whip ... Overview and Scrutiny" / "      Procedure Rule 16."), as hanging-indent layouts print.
    /// A title in capitals goes on only in capitals: "4. AGENDA CHANGES" over an indented "None." is title
    /// and text, and "7. REGULAR AGENDA ITEMS" over "7-A 2023-2955" is a title and its first sub-item.
    /// </summary>
    private static bool HangsUnder(PackLine heading, PackLine next, string previous) =>
        next.Page == heading.Page && next.X > heading.X + 1 && !next.AfterBreak && Words.Count(next.Text) <= 6
        && !Words.EndsSentence(previous) && !NotAHeading().IsMatch(next.Text)
        && (!Words.IsAllCaps(previous) || Words.IsAllCaps(next.Text) && !char.IsDigit(next.Text[0]));

    [GeneratedRegex(@"^(?:\d{1,4}\.?$|\((?:agenda\s+)?item\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleTail();

    [GeneratedRegex(@"^(?:RESOLVED|RESOVLED|PRESENT|IN ATTENDANCE|ALSO PRESENT|CHAIRMAN|CHAIR|AGREED|CARRIED|NOTED)\b")]
    private static partial Regex NotAnEntry();

    [GeneratedRegex(@"^(?:minute\s+)?(?<n>\d{1,4})(?:/\d{2,4})?[.:]?(?:(?:\s*[-–—]\s*|\s+)(?<t>[A-Za-z(“""'‘].*|\d{4}(?:/\d{2,4})?\s+[A-Z].*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedLine();

    /// <summary>A title that opens with a year or financial year ("55. 2022/23 Medium Term Financial Strategy").</summary>
    [GeneratedRegex(@"^\d{4}(?:/\d{2,4})?\s+[A-Z]")]
    private static partial Regex YearTitle();

    [GeneratedRegex(@"[a-z]{2,}[.?!]\s+[A-Z]")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(?:it\s+was\s+)?(?:RESOLVED|RESOVLED|PRESENT|IN ATTENDANCE|APOLOGIES|CHAIRMAN|CHAIR|AGREED|CARRIED|NOTED)\b|^(?:present|in attendance|also present)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAHeading();
}
