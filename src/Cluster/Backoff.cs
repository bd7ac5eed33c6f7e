namespace AgendaSearch.Cluster;

/// <summary>
/// How long to wait before trying PostgreSQL again after consecutive failures: doubling from a tenth of a second
/// up to five seconds, so a restarted server is found again within seconds without a busy loop meanwhile.
/// </summary>
internal static class Backoff
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(5);

    public static TimeSpan After(int failures) =>
        TimeSpan.FromTicks(Math.Min(Longest.Ticks, First.Ticks << Math.Clamp(failures - 1, 0, 16)));
}
