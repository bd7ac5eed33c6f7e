using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// The opening line of a set of minutes: "Minutes of a meeting of the Scrutiny Commission held at County
/// Hall ... on Wednesday, 9 June 2021.", "MINUTES of the Cabinet held on ...", "Minutes of the Parish
/// Council Meeting held on ...", a "MINUTES" title over "of the regular meeting of the City Council".
/// An agenda's own "Minutes of the meeting held on 9th June 2021" (no body named) only counts at the
/// top of a page, where a separately printed set of minutes starts.
/// </summary>
internal static partial class MinutesHeader
{
    public static MeetingRef? Read(IReadOnlyList<PackLine> lines, int i)
    {
        var line = lines[i];
        if (!line.Text.StartsWith("minutes", StringComparison.OrdinalIgnoreCase))
            return MinutesTitle.Read(lines, i);
        // Lines are joined with a bar so that a body name stops at the end of its line.
        var text = string.Join(" | ", lines.Skip(i).Take(3).Select(l => l.Text));
        if (line.Text == "MINUTES" && i + 1 < lines.Count)
            text = "Minutes " + string.Join(" | ", lines.Skip(i + 1).Take(3).Select(l => l.Text));
        var m = OfBody().Match(text);
        if (!m.Success)
            m = BodyMeeting().Match(text);
        // A date may wrap like the body ("on Friday, 16 August" / "2024.").
        var date = DateText.Find(text.Replace(" | ", " "));
        if (m.Success && m.Groups["body"].Value.Trim() is { Length: > 2 } body && !body.StartsWith("meeting", StringComparison.OrdinalIgnoreCase))
            return new MeetingRef(Words.Readable(Qualified(lines, i, Wrapped(text, m, body.Trim(' ', ',', '|')))), date);
        if (NoBody().IsMatch(text) && line.FirstOnPage)
            return new MeetingRef("", date);
        return MinutesTitle.ReadOverDate(lines, i);
    }

    /// <summary>
    /// A long body name that wraps onto the next line before "held" ("... Overview and Scrutiny" /
    /// "Committee held at County Hall"): the capitalised words before "held" finish the name.
    /// </summary>
    private static string Wrapped(string text, Match m, string body)
    {
        var after = text[(m.Groups["body"].Index + m.Groups["body"].Length)..];
        return BodyTail().Match(after) is { Success: true } tail ? body + " " + tail.Groups["tail"].Value.Trim() : body;
    }

    [GeneratedRegex(@"^\s*\|\s+(?<tail>(?:[A-Z][\w'’-]*\s+){1,3}?)held\b")]
    private static partial Regex BodyTail();

    /// <summary>
    /// A generic body ("Parish Council") named in full by the title line above the header
    /// ("ASHBY PARVA PARISH COUNCIL").
    /// </summary>
    private static string Qualified(IReadOnlyList<PackLine> lines, int i, string body)
    {
        for (var k = Math.Max(0, i - 2); k < i; k++)
        {
            var above = lines[k].Text.Trim();
            if (above.Length > body.Length && above.EndsWith(body, StringComparison.OrdinalIgnoreCase) && Words.Count(above) <= 8)
                return above;
        }
        return body;
    }

    [GeneratedRegex(@"^minutes\s+(?:\|\s+)?of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(?<body>.+?)(?:\s+(?:held|which\s+took\s+place|on|at|in)\b|\s*\||,|\.\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OfBody();

    [GeneratedRegex(@"^minutes\s+of\s+(?:the\s+|a\s+)?(?<body>[^,.|]+?)\s+(?:meeting\s+)?held\b", RegexOptions.IgnoreCase)]
    private static partial Regex BodyMeeting();

    [GeneratedRegex(@"^minutes\s+of\s+(?:the|a)\s+meeting\s+(?:held\s+)?on\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoBody();
}
