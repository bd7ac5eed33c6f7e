using System.Text.RegularExpressions;
using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Councils;

/// <summary>
/// The council a document names itself by, read from its text (pure): "Leicestershire County Council",
/// "KENT COUNTY COUNCIL", "Milburn Parish Council", "City of Alameda", "Township of Nipissing", "West of England
/// Combined Authority". Letterheads,
/// headings, running headers and footers name the own council, while reports and questions name other councils
/// in running text ("we met Bristol City Council"). So a name counts where a document names itself: on a line
/// of its own (or beside a heading in capitals) in the opening pages or at the top or foot of a page, or
/// anywhere in the first page's heading lines ("Minutes of the meeting of Milburn Parish Council held on ..."),
/// including the running headers and footers cleaning took off (<see cref="PackPage.RunningLines"/>). The name
/// found most often wins; names that look like a list (see <see cref="Detect"/>) name no council, and a paper
/// naming none may still name its town hall (<see cref="FromTownHall"/>).
/// </summary>
internal static partial class CouncilDetector
{
    private const int OpeningPages = 3;
    private const int EdgeLines = 3;
    private const int HeadingLines = 8;

    /// <summary>Pages past the opening ones whose edge must name a council for it to be a running header or footer.</summary>
    private const int RunningPages = 3;

    /// <summary>Different councils named, none in the heading, that make a list rather than a letterhead.</summary>
    private const int ListedCouncils = 3;

    /// <summary>Words that start a sentence or phrase rather than a place's name.</summary>
    private static readonly HashSet<string> NotPlace = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "to", "of", "by", "at", "for", "and", "or", "with", "from", "in", "on", "all", "members",
        "minutes", "agenda", "meeting", "notice", "summons", "special", "extraordinary", "annual", "budget", "full",
        "ordinary", "regular", "adjourned", "virtual", "this", "that", "each", "every", "any", "other", "our", "your",
        "district", "borough", "county", "city", "town", "parish", "resolved", "dear", "member",
    };

    public static string? Detect(IReadOnlyList<PackPage> pages)
    {
        var scores = new Dictionary<string, (int Score, int First)>(StringComparer.OrdinalIgnoreCase);
        var inHeading = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var inOpening = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var order = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            // The running headers and footers cleaning took off are a page's edge lines too.
            foreach (var name in pages[p].RunningLines.SelectMany(Names).Where(n => n.OwnLine).Select(n => n.Name))
            {
                Count(name, heading: false, p);
            }

            var lines = pages[p].Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var heading = p == 0 && i < HeadingLines;
                var edge = i < EdgeLines || i >= lines.Count - EdgeLines;
                if (!heading && !edge && p >= OpeningPages)
                {
                    continue;
                }

                var text = lines[i].Text;
                if (KindOfAlone().IsMatch(text) && i + 1 < lines.Count)
                {
                    // A letterhead set over two lines ("CITY OF" above "ROLLING HILLS ESTATES") is one name.
                    text = text.Trim() + " " + lines[++i].Text.Trim();
                }

                foreach (var (name, _) in Names(text).Where(n => heading || n.OwnLine))
                {
                    Count(name, heading, p);
                }
            }
        }

        // Past the opening pages a name counts as a running header or footer only when it stands at the edge of
        // several pages; once or twice it is a list or a table that happens to end a page.
        foreach (var late in scores.Keys.Where(n => !inOpening.Contains(n) && scores[n].Score < RunningPages).ToList())
        {
            scores.Remove(late);
        }

        if (scores.Count == 0)
        {
            return FromTownHall(pages);
        }

        // Several councils named below the heading and none in it are a list (grants to the cities of a county,
        // consultees), not the document naming itself: better no council than another's.
        if (inHeading.Count == 0 && scores.Count >= ListedCouncils)
        {
            return null;
        }

        return scores.OrderByDescending(s => s.Value.Score).ThenBy(s => s.Value.First).First().Key;

        void Count(string name, bool heading, int page)
        {
            var (score, first) = scores.GetValueOrDefault(name, (0, order++));
            scores[name] = (score + 1, first);
            if (heading)
            {
                inHeading.Add(name);
            }

            if (page < OpeningPages)
            {
                inOpening.Add(name);
            }
        }
    }

    /// <summary>
    /// A paper that calls its council only by its kind ("the Town Council Standing Orders") but heads its
    /// meeting with a hall named after the place ("Sutton Coldfield Town Hall") is that place's council of that
    /// kind: "Sutton Coldfield Town Council". Weaker than a printed name, so only asked when none is printed;
    /// a hall of another kind ("Milburn Village Hall" for a parish council) names nothing.
    /// </summary>
    private static string? FromTownHall(IReadOnlyList<PackPage> pages)
    {
        if (pages.Count == 0)
        {
            return null;
        }

        foreach (var line in pages[0].Lines.Take(HeadingLines * 2))
        {
            if (NamedHall().Match(line.Text) is not { Success: true } hall)
            {
                continue;
            }

            var words = hall.Groups["place"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(NotPlace.Contains).ToList();
            var kind = Tidy(hall.Groups["kind"].Value);
            var ownCouncil = new Regex($@"\b{kind}\s+Council\b", RegexOptions.IgnoreCase);
            if (words.Count > 0 && pages.Any(p => p.Lines.Any(l => ownCouncil.IsMatch(l.Text))))
            {
                return $"{Tidy(string.Join(' ', words))} {kind} Council";
            }
        }

        return null;
    }

    /// <summary>Council names on one line, each with whether it is (nearly) the whole line.</summary>
    public static IEnumerable<(string Name, bool OwnLine)> Names(string line)
    {
        foreach (var match in CouncilName().Matches(line).Concat(PlaceOf().Matches(line)).Concat(CombinedAuthority().Matches(line)))
        {
            var words = match.Groups["place"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = 0;
            while (start < words.Length && NotPlace.Contains(words[start]))
            {
                start++;
            }

            if (start == words.Length)
            {
                continue;
            }

            var place = Tidy(string.Join(' ', words[start..]));
            var name = match.Groups["kind"].Value is { Length: > 0 } kind
                ? $"{Tidy(kind)} of {place}"
                : match.Groups["authority"].Value is { Length: > 0 } authority
                    ? $"{place} {Tidy(authority)}"
                    : $"{place} {Tidy(match.Groups["type"].Value)} Council";
            // Beside a letterhead's name stands at most a heading in capitals ("– PROPOSED RECORD OF DECISION").
            var rest = line.Replace(match.Value, "");
            yield return (Regex.Replace(name, @"\s+", " "), !rest.Any(char.IsLower));
        }
    }

    /// <summary>Words in capitals, as a letterhead prints them ("KENT COUNTY"), become "Kent County".</summary>
    private static string Tidy(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Any(char.IsLower)
            ? w
            : SmallWords.Contains(w) ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "of", "upon", "on", "in", "the", "and" };

    // Case matters: a place is capitalised ("Kent County Council") or the whole name is in capitals.
    [GeneratedRegex(@"(?<place>(?:(?:[A-Z][a-z'\u2019]+\.?(?:-[A-Za-z][a-z'\u2019.]*)*|[A-Z]{2,}[A-Z'\u2019.-]*|of|upon|on|in|the)\s+){1,4}?)(?<type>County|City|Metropolitan Borough|Borough|District|Parish|Town|Community|Township|Village|COUNTY|CITY|METROPOLITAN BOROUGH|BOROUGH|DISTRICT|PARISH|TOWN|COMMUNITY|TOWNSHIP|VILLAGE)\s+(?:Council|COUNCIL)\b")]
    private static partial Regex CouncilName();

    /// <summary>"West of England Combined Authority", "Greater Manchester Combined Authority", "… Mayoral Combined Authority".</summary>
    [GeneratedRegex(@"(?<place>(?:(?:[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]*)*|[A-Z]{2,}[A-Z'\u2019-]*|of|upon|on|in|the|and|OF|AND)\s+){1,5}?)(?<authority>(?:Mayoral\s+|MAYORAL\s+)?(?:Combined\s+Authority|COMBINED\s+AUTHORITY))\b")]
    private static partial Regex CombinedAuthority();

    /// <summary>"Sutton Coldfield Town Hall", "Lomita City Hall", at the start of a line (a venue line).</summary>
    [GeneratedRegex(@"^\s*(?<place>(?:(?:[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]*)*|[A-Z]{2,}[A-Z'\u2019-]*|upon|on|in)\s+){1,3}?)(?<kind>Town|City|County|Parish|TOWN|CITY|COUNTY|PARISH)\s+(?:Hall|HALL)\b")]
    private static partial Regex NamedHall();

    /// <summary>A line that is only "CITY OF" (or "Township of" ...): the first half of a letterhead set over two lines.</summary>
    [GeneratedRegex(@"^\s*(?:City|Township|Town|Village|Borough|County|CITY|TOWNSHIP|TOWN|VILLAGE|BOROUGH|COUNTY)\s+(?:of|OF)\s*$")]
    private static partial Regex KindOfAlone();

    [GeneratedRegex(@"\b(?<kind>City|Township|Town|Village|Borough|County|CITY|TOWNSHIP|TOWN|VILLAGE|BOROUGH|COUNTY)\s+(?:of|OF)\s+(?<place>(?:[A-Z][a-z.-]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z.-]+|[A-Z]{2,})){0,2})(?=\s*$|\s*[,.;:()\u2013-]|\s+[a-z]|['\u2019]s\b)")]
    private static partial Regex PlaceOf();
}
