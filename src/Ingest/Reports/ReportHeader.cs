using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Reports;

/// <summary>
/// The meeting line that heads an officer report: "SCRUTINY COMMISSION – 12TH JULY 2021",
/// "CABINET - 20 JULY 2021", "Planning Committee – 5 March 2024".
/// </summary>
internal static partial class ReportHeader
{
    public static MeetingRef? Parse(string text)
    {
        var m = BodyDate().Match(text);
        if (!m.Success)
            return null;
        var body = m.Groups["body"].Value.Trim();
        var date = DateText.Find(m.Groups["date"].Value);
        if (date is null || Words.Count(body) > 8 || !(Words.IsAllCaps(body) || body.Split(' ').All(w => !char.IsLower(w[0]))))
            return null;
        return new MeetingRef(Words.Readable(body), date);
    }

    [GeneratedRegex(@"^(?<body>[A-Za-z][A-Za-z&,'’()./ ]{2,80}?)\s*[–—-]\s*(?<date>(?:\w+day,?\s+)?\d{1,2}\s?(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}|[A-Za-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyDate();
}
