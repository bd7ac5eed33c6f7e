using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Reports;

namespace AgendaSearch.Ingest.Meetings;

/// <summary>
/// Where a front sheet names its meeting in running text rather than labelled fields: the summons
/// ("An extraordinary meeting of the County Council will be held in ... on Thursday, 9th January, 2025", and
/// in minutes "A regular meeting of the Township Council was held on ..."),
/// a heading line ("CABINET - THURSDAY, 30 JANUARY 2025", "Milburn Parish Council - 26th January 2021")
/// and a cover set in large type whose date is broken over lines ("Meeting on" / "Thursday, 13th" /
/// "February, 2025"). The date a letter or summons was issued stands alone and is none of these.
/// </summary>
internal static partial class MeetingLines
{
    /// <summary>How far into a front section the summons or a heading is looked for.</summary>
    private const int Reach = 60;

    /// <summary>Type this much larger than the document's usual size is a cover's.</summary>
    private const double CoverScale = 1.5;

    public static MeetingRef? Summons(IReadOnlyList<PackLine> lines)
    {
        foreach (var paragraph in Paragraphs(lines.Take(Reach).ToList()))
        {
            var m = SummonsText().Match(paragraph);
            if (!m.Success)
                continue;
            var body = Words.TrimHeading(m.Groups["body"].Value);
            if (DateText.Find(m.Groups["rest"].Value) is DateOnly date && NamesBody(body))
                return new MeetingRef(Words.Readable(body), date);
        }
        return null;
    }

    /// <summary>A line "BODY – DATE" (or "BODY Meeting DATE") whose body ends with a word naming a body.</summary>
    public static MeetingRef? Heading(IReadOnlyList<PackLine> lines) =>
        lines.Take(Reach).Select(l => ReportHeader.Parse(l.Text)).FirstOrDefault(r => r is not null && NamesBody(r.Body) && !NotABody().IsMatch(r.Body));

    /// <summary>The date printed on a cover page in large type, its lines joined first.</summary>
    public static DateOnly? CoverDate(IReadOnlyList<PackLine> lines)
    {
        if (lines.Count == 0)
            return null;
        // The usual size is read off the pages after the cover, which may hold nothing but large type.
        var rest = lines.Where(l => l.Page != lines[0].Page).ToList();
        var usual = (rest.Count > 0 ? rest : lines).GroupBy(l => Math.Round(l.FontSize)).OrderByDescending(g => g.Count()).First().Key;
        var cover = lines.TakeWhile(l => l.Page == lines[0].Page).Where(l => l.FontSize >= usual * CoverScale).Select(l => l.Text);
        return DateText.Find(string.Join(' ', cover));
    }

    /// <summary>Whether the text ends with a word naming a body ("Planning Committee", "Board of Health", "Cabinet").</summary>
    public static bool NamesBody(string text) => BodyEnd().IsMatch(text.Trim());

    /// <summary>Lines joined into paragraphs: a new one starts after a gap or on a new page.</summary>
    private static IEnumerable<string> Paragraphs(IReadOnlyList<PackLine> lines)
    {
        var parts = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (parts.Count > 0 && (lines[i].AfterBreak || lines[i].Page != lines[i - 1].Page))
            {
                yield return string.Join(' ', parts);
                parts.Clear();
            }
            parts.Add(lines[i].Text);
        }
        if (parts.Count > 0)
            yield return string.Join(' ', parts);
    }

    [GeneratedRegex(@"\b(?i:meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?(?<body>[A-Z][A-Za-z&'’,\- ]{1,80}?)\s+(?:(?:will|shall|is\s+to)\s+be|to\s+be|was)\s+held\b(?<rest>.{0,240})")]
    private static partial Regex SummonsText();

    [GeneratedRegex(@"\b(?:committee|sub-committee|council|cabinet|board|commission|panel|executive|forum|authority|assembly|trust)(?:\s+of\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyEnd();

    /// <summary>Lines that end like a heading but name a paper, not the body: "Minutes of the Cabinet – 4 March 2025".</summary>
    [GeneratedRegex(@"^(?:minutes|agenda|report|decision|item|notes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotABody();
}
