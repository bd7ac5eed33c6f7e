using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// Minutes headed by a title rather than a "Minutes of a meeting of the X held on ..." sentence, as
/// parish, township and US city clerks print them at the top of a page:
/// <list type="bullet">
/// <item>"MINUTES" (or "APPROVED MINUTES", "DRAFT MINUTES") over the body and the date, "TOWNSHIP OF
/// NIPISSING" / "Tuesday, July 11, 2023", or "REGULAR MEETING OF THE" / "CITY OF ... BOARD" / the date;
/// a sentence just below saying "A regular meeting of the X Council was held on ..." names the body in full;</item>
/// <item>"MINUTES OF THE SPECIAL CITY COUNCIL MEETING" or "CITY COUNCIL MINUTES" over a line with the date;</item>
/// <item>a title line naming the body and the date, "Milburn Parish Council - 1st March 2016", over
/// the "Present" list that only minutes print.</item>
/// </list>
/// </summary>
internal static partial class TitledMinutesHeader
{
    /// <summary>How many lines below the title the body, date and "was held" sentence may sit.</summary>
    private const int Reach = 5;

    /// <summary>A line longer than this is prose, not a title's date line.</summary>
    private const int DateLineWords = 8;

    public static MeetingRef? Read(IReadOnlyList<PackLine> lines, int i)
    {
        var line = lines[i];
        if (!line.FirstOnPage)
            return null;
        if (TitleWord().IsMatch(line.Text))
            return UnderTitle(lines, i);
        var titled = KindMeeting().Match(line.Text) is { Success: true } kind ? kind : BodyMinutes().Match(line.Text);
        if (titled.Success && Body(titled.Groups["body"].Value) is { } named && DateBelow(lines, i) is { } date)
            return new MeetingRef(named, date);
        return OverPresent(lines, i);
    }

    /// <summary>The body and date printed under a "MINUTES" title, the "was held" sentence naming the body when it follows.</summary>
    private static MeetingRef? UnderTitle(IReadOnlyList<PackLine> lines, int i)
    {
        var names = new List<string>();
        for (var k = i + 1; k < Math.Min(lines.Count, i + Reach); k++)
        {
            var text = lines[k].Text;
            // A long line with a date is prose, unless the body is already named above it.
            if (DateText.Find(text) is not { } date || Words.Count(text) > DateLineWords && Body(string.Join(' ', names)) is null)
            {
                names.Add(text);
                continue;
            }
            var body = HeldSentence(lines, k + 1) ?? Body(string.Join(' ', names));
            return body is null ? null : new MeetingRef(body, date);
        }
        return null;
    }

    private static string? HeldSentence(IReadOnlyList<PackLine> lines, int from)
    {
        var text = string.Join(' ', lines.Skip(from).Take(2).Select(l => l.Text));
        return Held().Match(text) is { Success: true } m ? m.Groups["body"].Value.Trim() : null;
    }

    private static string? Body(string printed)
    {
        var body = KindAfter().Replace(MeetingOf().Replace(printed.Trim(), ""), "").Trim();
        return body.Length > 2 && Words.Count(body) <= 10 && BodyWord().IsMatch(body) ? Words.Readable(body) : null;
    }

    private static DateOnly? DateBelow(IReadOnlyList<PackLine> lines, int i) =>
        lines.Skip(i + 1).Take(2).Where(l => Words.Count(l.Text) <= DateLineWords).Select(l => DateText.Find(l.Text)).FirstOrDefault(d => d is not null);

    /// <summary>"Milburn Parish Council A.G.M. - 7th May 2019" over "Present".</summary>
    private static MeetingRef? OverPresent(IReadOnlyList<PackLine> lines, int i)
    {
        var m = BodyDash().Match(lines[i].Text);
        if (!m.Success || DateText.Find(m.Groups["date"].Value) is not { } date)
            return null;
        var present = lines.Skip(i + 1).Take(2).Any(l => Present().IsMatch(l.Text));
        return present ? new MeetingRef(m.Groups["body"].Value.Trim(), date) : null;
    }

    [GeneratedRegex(@"^(?:(?:approved|draft|unapproved|confirmed|signed|regular|special|adjourned)\s+)*(?:meeting\s+)?minutes\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWord();

    /// <summary>"CITY COUNCIL MINUTES", "Planning Board Regular Meeting Minutes": the body before the word.</summary>
    [GeneratedRegex(@"^(?<body>[\w'’ -]+?)\s+minutes\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyMinutes();

    /// <summary>The kind of meeting printed after the body ("CITY COUNCIL / REGULAR MEETING").</summary>
    [GeneratedRegex(@"\s+(?:(?:regular|special|adjourned|annual|ordinary|extraordinary|joint)\s+)*meeting$", RegexOptions.IgnoreCase)]
    private static partial Regex KindAfter();

    /// <summary>"MINUTES OF THE SPECIAL CITY COUNCIL MEETING": a body between the kind of meeting and "meeting".</summary>
    [GeneratedRegex(@"^minutes\s+of\s+(?:the|a|an)\s+(?:(?:regular|special|adjourned|annual|ordinary|extraordinary|joint)\s+)*(?<body>(?!previous\b|last\b)[\w'’ -]+?)\s+meeting\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex KindMeeting();

    [GeneratedRegex(@"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:regular|special|adjourned|annual|ordinary|extraordinary)\s+)?meeting\s+of\s+(?:the\s+)?(?<body>[A-Z][\w'’ -]+?)\s+(?:was|were)\s+held\b")]
    private static partial Regex Held();

    [GeneratedRegex(@"^(?:(?:regular|special|adjourned|annual|ordinary|extraordinary)\s+)?meeting\s+of\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingOf();

    [GeneratedRegex(@"\b(?:council|committee|board|commission|panel|cabinet|authority|township|city|town|village|county|borough|parish)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BodyWord();

    [GeneratedRegex(@"^(?<body>(?:[A-Z][\w'’-]*\s+){0,5}(?:Parish|Town|Community|City|District|Borough|County|Township)\s+Council)\b[^-–—,:]{0,20}[-–—,:]\s*(?<date>.+)$")]
    private static partial Regex BodyDash();

    [GeneratedRegex(@"^(?:present|members present|councillors present)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Present();
}
