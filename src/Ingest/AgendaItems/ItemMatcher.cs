using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Reports;

namespace AgendaSearch.Ingest.AgendaItems;

/// <summary>
/// Ties the reports found in a pack to the agenda list: by "Agenda Item N" stamp, else by title (and
/// author) against the items not yet taken, preferring the next item in order, since reports follow the
/// agenda. A stamped report whose item the list lacks (or a pack with no list) becomes an item of its
/// own; a report that matches nothing is returned apart, not lost.
/// </summary>
internal static class ItemMatcher
{
    private const double MinimumScore = 0.6;

    public sealed record Found(int? Stamp, Report Report);

    public static (IReadOnlyList<AgendaItem> Items, IReadOnlyList<Report> Unmatched) Match(
        IReadOnlyList<AgendaItem> listed, IReadOnlyList<Found> reports, IReadOnlySet<int> taken)
    {
        var items = listed.ToDictionary(i => i.Number);
        var claimed = new HashSet<int>(taken);
        var unmatched = new List<Report>();
        var last = 0;
        foreach (var (stamp, report) in reports)
        {
            var number = stamp ?? Best(listed, claimed, report, last);
            if (number is not int n || claimed.Contains(n))
            {
                unmatched.Add(report);
                continue;
            }
            claimed.Add(n);
            last = n;
            items[n] = items.TryGetValue(n, out var item)
                ? item with { Report = report }
                : new AgendaItem(n, report.Title is null ? "" : Words.Readable(report.Title), report.ReportOf, Report: report);
        }
        return (items.Values.OrderBy(i => i.Number).ToList(), unmatched);
    }

    /// <summary>The minutes' agenda item: its stamp, else the first item titled "Minutes ...".</summary>
    public static int? MinutesItem(IReadOnlyList<AgendaItem> listed, int? stamp) =>
        stamp ?? listed.FirstOrDefault(i => i.Title.StartsWith("minutes", StringComparison.OrdinalIgnoreCase))?.Number;

    private static int? Best(IReadOnlyList<AgendaItem> listed, HashSet<int> claimed, Report report, int last)
    {
        var text = report.Title ?? string.Join(' ', report.Text.Split('\n').Take(5));
        var scored = listed
            .Where(i => !claimed.Contains(i.Number) && i.Title.Length > 0)
            .Select(i => (Item: i, Score: Score(i, report, text)))
            .Where(x => x.Score >= MinimumScore)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Item.Number > last ? 0 : 1)
            .ThenBy(x => x.Item.Number)
            .ToList();
        return scored.Count > 0 ? scored[0].Item.Number : null;
    }

    private static double Score(AgendaItem item, Report report, string text)
    {
        var score = Math.Min(Words.Coverage(item.Title, text), Words.Coverage(text, item.Title) + 0.5);
        if (item.ReportBy is not null && report.ReportOf is not null && Words.Key(item.ReportBy) == Words.Key(report.ReportOf))
            score += 0.1;
        return score;
    }
}
