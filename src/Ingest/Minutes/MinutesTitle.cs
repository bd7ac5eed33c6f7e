using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// Minutes titled rather than opened with a sentence:
/// <list type="bullet">
/// <item>body and date in a title line over a header that names neither: "CORPORATE PARENTING
/// PANEL – 29 October 2024" over "MINUTES of the meeting held in the Darent Room, ..."; the title
/// line is where the minutes start;</item>
/// <item>"Minutes of the Transport and Connectivity" / "Policy Committee" over a line opening with
/// the date ("12 September 2024 at 5.00 pm"). The name must end as a body's does (Committee,
/// Council, Panel ...), so an agenda's "Minutes of the Previous Meeting" is not one;</item>
/// <item>no "minutes" word at all: the body's name over the date alone on its line at the top of
/// a page, then "Present:" (a town council committee's minutes).</item>
/// </list>
/// </summary>
internal static partial class MinutesTitle
{
    private const int MaxBodyWords = 10;

    public static MeetingRef? Read(IReadOnlyList<PackLine> lines, int i) => ReadOverUnnamed(lines, i) ?? ReadOverPresent(lines, i);

    /// <summary>
    /// A title block at the top of a page that opens straight into the attendance: the body's name,
    /// the date alone on its line, perhaps the venue, then "Present:" ("Amenities, Leisure and
    /// Community Services" / "Tuesday 13th March 2018" / "Sutton Coldfield Town Hall" / "Present:").
    /// </summary>
    private static MeetingRef? ReadOverPresent(IReadOnlyList<PackLine> lines, int i)
    {
        if (!lines[i].FirstOnPage || i + 2 >= lines.Count || !DateText.IsDateOnly(Weekday().Replace(lines[i + 1].Text, "")))
            return null;
        var title = lines[i].Text.Trim();
        if (Words.Count(title) > MaxBodyWords || title.Any(char.IsDigit) || Words.EndsSentence(title) || title.StartsWith("minutes", StringComparison.OrdinalIgnoreCase))
            return null;
        var present = Enumerable.Range(i + 2, Math.Min(2, lines.Count - i - 2)).Any(k => Present().IsMatch(lines[k].Text));
        return present ? new MeetingRef(Words.Readable(title), DateText.Find(lines[i + 1].Text)) : null;
    }

    private static MeetingRef? ReadOverUnnamed(IReadOnlyList<PackLine> lines, int i)
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

    /// <summary>"Minutes of the BODY", the name wrapping onto at most one more line, over a line that opens with the date.</summary>
    public static MeetingRef? ReadOverDate(IReadOnlyList<PackLine> lines, int i)
    {
        var named = OfBody().Match(lines[i].Text);
        if (!named.Success)
            return null;
        var body = named.Groups["body"].Value.Trim();
        var next = i + 1;
        if (next < lines.Count && !DateFirst().IsMatch(lines[next].Text) && Words.Count(lines[next].Text) <= MaxBodyWords / 2 && Words.StartsUpper(lines[next].Text))
            body += " " + lines[next++].Text.Trim();
        if (next >= lines.Count || !DateFirst().IsMatch(lines[next].Text) || !BodyEnd().IsMatch(body) || Words.Count(body) > MaxBodyWords)
            return null;
        return new MeetingRef(Words.Readable(body), DateText.Find(lines[next].Text));
    }

    [GeneratedRegex(@"^minutes\s+of\s+(?:the\s+)?(?<body>[A-Z][^,.:;]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex OfBody();

    /// <summary>A line opening with a date: "12 September 2024 at 5.00 pm", "Thursday, 12 September 2024".</summary>
    [GeneratedRegex(@"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateFirst();

    [GeneratedRegex(@"\b(?:Committee|Sub-Committee|Council|Cabinet|Panel|Board|Commission|Forum|Partnership|Authority|Assembly|Group)$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyEnd();

    [GeneratedRegex(@"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:members\s+)?present\s*[:\-–]", RegexOptions.IgnoreCase)]
    private static partial Regex Present();

    /// <summary>"MINUTES of the meeting held in/at ..." naming no body.</summary>
    [GeneratedRegex(@"^minutes\s+of\s+(?:the|a|an)\s+meeting\s+(?:held|which\s+took\s+place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unnamed();

    [GeneratedRegex(@"^(?<body>[A-Za-z][^–—]*?)\s*[–—-]\s*(?<date>[^–—-]+)$")]
    private static partial Regex BodyDate();
}
