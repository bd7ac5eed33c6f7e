using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Meetings;

/// <summary>
/// The meeting a pack is for. From the front sheet when it names body and date: labelled fields
/// ("Meeting:", "Date/Time:", "Venue:", "Ask for:", "Membership"), or a title line such as "CABINET" or
/// "CITY COUNCIL REGULAR MEETING AGENDA" over the date. Otherwise the headers of the reports
/// ("SCRUTINY COMMISSION – 9 MARCH 2022"), the most common one winning; otherwise the minutes. A body or
/// date none of these gives comes from the document's own names (<see cref="DocumentName"/>).
/// </summary>
internal static partial class MeetingParser
{
    private const int TopLines = 14;

    /// <summary>A joint body's title runs long ("West of England Combined Authority Committee and ... Joint Committee").</summary>
    private const int MaxTitleWords = 16;

    /// <summary>The body or date the text left out, from the document's names (<see cref="DocumentName"/>).</summary>
    public static Meeting? Complete(Meeting? found, MeetingRef? named)
    {
        if (named is null || found is { Body.Length: > 0, Date: not null })
            return found;
        if (found is null)
            return named.Body.Length > 0 ? new Meeting(named.Body, named.Date, From: "document-name") : null;
        return found with { Body = found.Body.Length > 0 ? found.Body : named.Body, Date = found.Date ?? named.Date };
    }

    public static Meeting? Parse(IReadOnlyList<PackLine> front, IEnumerable<MeetingRef> reportHeaders, MeetingRef? minutes)
    {
        var sheet = FrontSheet(front);
        if (sheet is { Body.Length: > 0, Date: not null })
            return sheet;
        if (QuestionsPaperHeading.Read(front) is { } paper)
            return paper;
        var header = reportHeaders
            .Where(h => h.Date is not null && h.Body.Length > 0)
            .GroupBy(h => (Words.Key(h.Body), h.Date))
            .OrderByDescending(g => g.Count())
            .Select(g => g.First())
            .FirstOrDefault();
        if (header is not null)
            return (sheet ?? new Meeting(header.Body, header.Date)) with { Body = header.Body, Date = header.Date, From = "report-header" };
        if (minutes is { Body.Length: > 0 })
            return new Meeting(minutes.Body, minutes.Date, From: "minutes");
        return sheet is { Body.Length: > 0 } or { Date: not null } ? sheet : null;
    }

    private static Meeting? FrontSheet(IReadOnlyList<PackLine> lines)
    {
        var fields = new Dictionary<string, string>();
        var membership = new List<string>();
        string? chair = null;
        var inMembers = false;
        foreach (var line in lines)
        {
            var m = Field().Match(line.Text);
            if (m.Success)
            {
                var key = Key(m.Groups["f"].Value);
                fields.TryAdd(key, m.Groups["v"].Value.Trim());
                inMembers = key == "members";
                if (!inMembers || m.Groups["v"].Value.Trim().Length == 0)
                    continue;
            }
            if (!inMembers)
                continue;
            var names = PersonName.SplitList(Regex.Replace(line.Text, @"^[^:]*\(\d+\)\s*:\s*|^membership\s*:?\s*", "", RegexOptions.IgnoreCase))
                .Where(PersonName.LooksLikeName).ToList();
            if (names.Count == 0)
            {
                // The list ends at the first line without a name ("Please note: ..."), unless none was read yet.
                inMembers = membership.Count == 0;
                continue;
            }
            foreach (var name in names)
            {
                var clean = PersonName.Clean(name);
                if (PersonName.IsMarkedChair(name))
                    chair ??= clean;
                membership.Add(clean);
            }
        }
        var top = lines.Take(TopLines).ToList();
        var summons = MeetingLines.Summons(lines);
        var heading = MeetingLines.Heading(lines);
        var body = fields.GetValueOrDefault("body") ?? summons?.Body ?? heading?.Body ?? TitleLine(top);
        var when = fields.GetValueOrDefault("date") is { } d && !IsLetterDate(fields) ? d + " " + fields.GetValueOrDefault("time") : null;
        var date = DateText.Find(when) ?? summons?.Date ?? heading?.Date ?? MeetingLines.CoverDate(lines)
            ?? (body is null ? null : top.Select(l => DateText.Find(l.Text)).FirstOrDefault(x => x is not null));
        if (body is null && date is null)
            return null;
        var time = DateText.FindTime(fields.GetValueOrDefault("time")) ?? DateText.FindTime(fields.GetValueOrDefault("date") is { } dt ? Regex.Replace(dt, @"\d{1,2}\s*(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}", "") : null);
        time ??= body is null ? null : top.Where(l => Words.Count(l.Text) <= 4).Select(l => DateText.FindTime(l.Text)).FirstOrDefault(t => t is not null);
        var location = fields.GetValueOrDefault("location")
            ?? (body is null ? null : top.Select(l => l.Text).FirstOrDefault(t => Venue().IsMatch(t) && Words.Count(t) <= 14 && !t.Contains(':')));
        var contact = fields.GetValueOrDefault("contact");
        var phone = fields.GetValueOrDefault("phone") ?? (contact is null ? null : ContactBlockParser.FindPhone(contact));
        return new Meeting(
            Words.Readable(body ?? ""),
            date,
            time,
            location,
            contact is null ? null : Regex.Replace(contact, @"\s*\(.*$", "").Trim(),
            phone,
            fields.GetValueOrDefault("email"),
            membership.Count > 0 ? membership : null,
            chair);
    }

    /// <summary>
    /// A "Date:" among a letter's reference block ("Ask for:", "e-mail:") with no meeting, time or venue beside it
    /// is the day the letter was sent, not the meeting's.
    /// </summary>
    private static bool IsLetterDate(Dictionary<string, string> fields) =>
        !fields.ContainsKey("body") && !fields.ContainsKey("time") && !fields.ContainsKey("location")
        && (fields.ContainsKey("contact") || fields.ContainsKey("email") || fields.ContainsKey("phone"));

    private static string Key(string label) => label.ToLowerInvariant() switch
    {
        "meeting" or "committee" or "body" or "meeting of" => "body",
        "date/time" or "date and time" or "date & time" or "date" => "date",
        "time" => "time",
        "location" or "venue" or "place" => "location",
        "tel" or "telephone" or "direct dial" or "phone" or "direct line" => "phone",
        "email" or "e-mail" => "email",
        "membership" or "members" or "councillors" => "members",
        _ => "contact",
    };

    /// <summary>
    /// A title line naming the body: "CABINET", "PLANNING COMMITTEE", "City Council Regular Meeting
    /// Agenda". Under a council's own name ("KENT COUNTY COUNCIL" over "CABINET") the line nearest
    /// above the date is the meeting's.
    /// </summary>
    private static string? TitleLine(List<PackLine> top)
    {
        var dateAt = top.FindIndex(l => DateText.Find(l.Text) is not null);
        string? found = null;
        PackLine? above = null;
        var titled = dateAt >= 0 ? top.Take(dateAt).ToList() : top;
        // "Joint Committee, Friday 5 June 2026": the title's last line may carry the date.
        if (dateAt >= 0 && DatedTitle().Match(top[dateAt].Text) is { Success: true } dated)
            titled.Add(top[dateAt] with { Text = dated.Groups["t"].Value });
        foreach (var line in titled)
        {
            var text = Unwrapped(above, line);
            above = line;
            var m = BodyTitle().Match(text);
            if (!m.Success || Words.Count(text) > MaxTitleWords || !(Words.IsAllCaps(text) || text.Split(' ').All(w => !char.IsLower(w[0]) || w is "of" or "and" or "the" or "for")))
                continue;
            found = Words.TrimHeading(Regex.Replace(m.Groups["b"].Value, @"\s+(?:regular|special|ordinary|extraordinary|annual)(?:\s+meeting)?$", "", RegexOptions.IgnoreCase));
            if (dateAt < 0)
                break;
        }
        return found;
    }

    /// <summary>
    /// A long title wrapped in the same type ("Adults and Communities Overview and Scrutiny" / "Committee"):
    /// the line above is joined unless it names a body itself ("KENT COUNTY COUNCIL" over "CABINET").
    /// </summary>
    private static string Unwrapped(PackLine? above, PackLine line) =>
        above is not null && above.Page == line.Page && !line.AfterBreak && Math.Abs(above.FontSize - line.FontSize) < 0.5 && above.Text.Any(char.IsLetter)
        && !BodyTitle().IsMatch(above.Text) && Field().Match(above.Text) is { Success: false }
            ? above.Text + " " + line.Text
            : line.Text;

    [GeneratedRegex(@"^(?<f>meeting of|meeting|committee|body|date/time|date and time|date & time|date|time|location|venue|place|contact officer|contact|ask for|clerk|enquiries to|enquiries|democratic services officer|tel|telephone|direct dial|direct line|phone|e-mail|email|membership|members|councillors)\s*:\s*(?<v>.*)$|^(?<f>membership)(?:\s*\(\d+\))?\s*(?<v>)$", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex(@"^(?:notice of (?:a )?meeting of (?:the )?|(?:summons to and )?agenda for (?:the |an? )?)?(?<b>.*?\b(?:committee|council|cabinet|board|commission|panel|executive|forum|authority|assembly|sub-committee|trust)(?:\s+of\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?(?:\s+(?:regular|special|ordinary|extraordinary|annual)(?:\s+meeting)?)?)\b(?:\s+(?:meeting\s+)?agenda)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyTitle();

    [GeneratedRegex(@"^(?<t>[A-Za-z].*?)\s*[,–—-]\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatedTitle();

    [GeneratedRegex(@"\b(?:chamber|hall|room|centre|center|house|building|offices|library|civic|online|virtual|microsoft teams|zoom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Venue();


}
