using AgendaSearch.Records;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Trail;

/// <summary>
/// Records of later meetings that cite the trail: by minute number and meeting date ("minute 61 of
/// the meeting held on 31 January 2022"), or by the full title of the report or minute. A title
/// that heads records at more than <see cref="StandingAfter"/> meetings is a standing item
/// ("Declarations of interest in respect of items on the agenda") and would cite every meeting, so it
/// is not searched; nor is a short one.
/// </summary>
internal sealed class LaterReferences(ISearchIndex index)
{
    public const int Max = 10;

    private const int MinTitleWords = 4;
    private const int StandingAfter = 2;

    public IEnumerable<TrailStep> Of(IReadOnlyList<TrailStep> chain)
    {
        var decision = chain.FirstOrDefault(s => s.Kind is TrailKind.Item or TrailKind.Report or TrailKind.Minute);
        if (decision?.MeetingDate is not { } date)
        {
            return [];
        }

        var inChain = chain.Select(s => s.Record?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var records = chain.Where(s => s.Kind is TrailKind.Item or TrailKind.Minute).Select(s => s.Record).OfType<SearchRecord>().ToList();
        var queries = records
            .Where(r => r.Type == RecordKind.Minute && r.MinuteNumber is not null)
            .Select(r => (Query: $"\"minute {r.MinuteNumber}\" AND ({DatePhrases(date)})", How: TrailLink.MentionsMinute))
            .Concat(records
                .Select(r => r.Title)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(title => TitleWords.Of(title).Count >= MinTitleWords && !IsStanding(title))
                .Select(title => (Query: Phrase(title), How: TrailLink.MentionsTitle)));

        var found = new Dictionary<string, TrailStep>(StringComparer.Ordinal);
        foreach (var (query, how) in queries)
        {
            foreach (var hit in Search(query, date.AddDays(1), Max))
            {
                if (!inChain.Contains(hit.Record.Id))
                {
                    found.TryAdd(hit.Record.Id, TrailStep.Found(TrailKind.Reference, hit.Record, how));
                }
            }
        }

        return found.Values
            .OrderBy(s => s.MeetingDate ?? DateOnly.MaxValue)
            .ThenBy(s => s.Record!.Id, StringComparer.Ordinal)
            .Take(Max);
    }

    private bool IsStanding(string title) =>
        Search("title:" + Phrase(title), null, Max * 5).Select(h => h.Record.MeetingId).Distinct().Count() > StandingAfter;

    private IReadOnlyList<SearchHit> Search(string query, DateOnly? from, int count)
    {
        try
        {
            return index.Search(new SearchRequest { Query = query, From = from, PageSize = count }).Hits;
        }
        catch (QuerySyntaxException)
        {
            return [];
        }
    }

    /// <summary>The title as one phrase, analysed as the records were; only '"' and '\' mean anything inside quotes.</summary>
    private static string Phrase(string title) =>
        "\"" + new string(title.Select(c => c is '"' or '\\' ? ' ' : c).ToArray()) + "\"";

    /// <summary>"31 january 2022" OR "31st january 2022": minutes write the day both ways.</summary>
    private static string DatePhrases(DateOnly date)
    {
        var month = date.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var suffix = (date.Day % 100) switch
        {
            11 or 12 or 13 => "th",
            _ => (date.Day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
        };
        return $"\"{date.Day} {month}\" OR \"{date.Day}{suffix} {month}\"";
    }
}
