using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Minutes;

/// <summary>
/// Sets of minutes in one document that record the same body on the same date (a city council's 6:00
/// and 6:01 special meetings printed one after the other) are one meeting's minutes for the records:
/// they share its identity, so their entries join the first set's in printed order.
/// </summary>
internal static class SameMeetingMinutes
{
    public static List<ParsedMinutes> Join(IEnumerable<ParsedMinutes> sets)
    {
        var joined = new List<ParsedMinutes>();
        foreach (var set in sets)
        {
            if (joined.Count > 0 && Same(joined[^1].Record.OfMeeting, set.Record.OfMeeting))
                joined[^1] = Append(joined[^1], set);
            else
                joined.Add(set);
        }
        return joined;
    }

    private static bool Same(MeetingRef a, MeetingRef b) =>
        a.Date is not null && a.Date == b.Date && a.Body.Length > 0 && Words.Key(a.Body) == Words.Key(b.Body);

    private static ParsedMinutes Append(ParsedMinutes first, ParsedMinutes next)
    {
        var record = first.Record with
        {
            Entries = [.. first.Record.Entries, .. next.Record.Entries],
            Pages = [first.Record.Pages[0], next.Record.Pages[^1]],
        };
        return new ParsedMinutes(record, [.. first.Bodies, .. next.Bodies]);
    }
}
