using AgendaSearch.PackGenerator.Content;

namespace AgendaSearch.PackGenerator.Planning;

/// <summary>
/// Places runs of consecutive meetings of a body over ten years (2015-2024) without letting two runs of the same
/// body overlap, so "the previous meeting" of every pack is unambiguous. When the decade is full (very large
/// corpora) a run goes after the body's last one.
/// </summary>
internal sealed class BodyCalendar
{
    private static readonly DateOnly First = new(2015, 1, 5);
    private static readonly DateOnly Last = new(2024, 12, 31);
    private readonly Dictionary<Body, List<(DateOnly Start, DateOnly End)>> taken = [];

    /// <summary>A start date on a weekday such that [start, start + days] is free for the body.</summary>
    public DateOnly Reserve(Body body, Random random, int days)
    {
        if (!taken.TryGetValue(body, out var runs))
            taken[body] = runs = [];
        var weeks = (Last.DayNumber - First.DayNumber - days) / 7;
        var weekday = random.Next(5);
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var start = First.AddDays(7 * random.Next(Math.Max(1, weeks)) + weekday);
            if (runs.All(r => start.AddDays(days + 14) < r.Start || start > r.End.AddDays(14)))
                return Take(runs, start, days);
        }
        var after = runs.Max(r => r.End).AddDays(35);
        return Take(runs, after, days);
    }

    private static DateOnly Take(List<(DateOnly, DateOnly)> runs, DateOnly start, int days)
    {
        runs.Add((start, start.AddDays(days)));
        return start;
    }
}
