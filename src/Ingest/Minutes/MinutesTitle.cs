using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// Minutes whose body and date stand in a title line over a header that names neither:
/// "CORPORATE PARENTING PANEL – 29 October 2024" over "MINUTES of the meeting held in the Darent
/// Room, ...". The title line is where the minutes start.
/// </summary>
internal static partial class MinutesTitle
{
    private const int MaxBodyWords = 10;

    public static MeetingRef? Read(IReadOnlyList<PackLine> lines, int i)
    {
        if (i + 1 >= lines.Count || !Unnamed().IsMatch(lines[i + 1].Text))
            return null;
        var title = BodyDate().Match(lines[i].Text);
        if (!title.Success || !DateText.IsDateOnly(title.Groups["date"].Value))
            return null;
        var body = title.Groups["body"].Value.Trim();
        if (Words.Count(body) > MaxBodyWords || body.Any(char.IsDigit))
            return null;
        return new MeetingRef(Words.Readable(body), DateText.Find(title.Groups["date"].Value));
    }

    /// <summary>"MINUTES of the meeting held in/at ..." naming no body.</summary>
    [GeneratedRegex(@"^minutes\s+of\s+(?:the|a|an)\s+meeting\s+(?:held|which\s+took\s+place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unnamed();

    [GeneratedRegex(@"^(?<body>[A-Za-z][^–—]*?)\s*[–—-]\s*(?<date>[^–—-]+)$")]
    private static partial Regex BodyDate();
}
