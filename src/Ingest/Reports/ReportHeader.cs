using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Reports;

/// <summary>
/// The meeting line that heads an officer report: "SCRUTINY COMMISSION – 12TH JULY 2021",
/// "CABINET - 20 JULY 2021", "Planning Committee – 5 March 2024", "Town Council Meeting 21 February 2017".
/// </summary>
internal static partial class ReportHeader
{
    private const int MaxWrappedWords = 3;

    /// <summary>
    /// The header at line <paramref name="i"/> and how many lines it takes: a long committee name pushes
    /// the end of the date onto a short second line ("... SCRUTINY COMMITTEE – 23RD" / "JULY 2021").
    /// </summary>
    public static (MeetingRef Meeting, int Lines)? Read(IReadOnlyList<PackLine> lines, int i)
    {
        if (Parse(lines[i].Text) is MeetingRef one)
            return (one, 1);
        if (i + 1 < lines.Count && lines[i + 1].Page == lines[i].Page && Words.Count(lines[i + 1].Text) <= MaxWrappedWords
            && Parse(lines[i].Text + " " + lines[i + 1].Text) is MeetingRef two)
            return (two, 2);
        return null;
    }

    public static MeetingRef? Parse(string text)
    {
        if (!EndsWithYear(text))
            return null;
        var m = BodyDate().Match(text);
        if (!m.Success)
            return null;
        var body = m.Groups["body"].Value.Trim();
        var date = DateText.Find(m.Groups["date"].Value);
        if (date is null || Words.Count(body) > 8 || !(Words.IsAllCaps(body) || body.Split(' ').All(w => !char.IsLower(w[0]))))
            return null;
        return new MeetingRef(Words.Readable(body), date);
    }

    /// <summary>
    /// What <see cref="BodyDate"/> needs at the end, four digits and an optional full stop, tested first: it is
    /// asked of every line of a pack (and of every pair of lines), and its lazy body part backtracks a lot.
    /// </summary>
    private static bool EndsWithYear(string text)
    {
        // The pattern ends with "$", which also matches before a final line break.
        var end = text.EndsWith('\n') ? text.Length - 1 : text.Length;
        if (end > 0 && text[end - 1] == '.')
            end--;
        if (end < 4)
            return false;
        for (var i = end - 4; i < end; i++)
            if (!char.IsDigit(text[i]))
                return false;
        return true;
    }

    [GeneratedRegex(@"^(?<body>[A-Za-z][A-Za-z&,'’()./ ]{2,80}?)(?:\s*[–—-]\s*|\s+(?:meeting|MEETING),?\s+(?:(?:held\s+)?on\s+)?)(?<date>(?:\w+day,?\s+)?\d{1,2}\s?(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}|[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyDate();
}
