namespace AgendaSearch.Bench;

/// <summary>Thread CPU seconds spent in each ingest stage, summed over files and threads.</summary>
internal sealed class StageTimes
{
    private readonly Lock sync = new();
    private readonly Dictionary<string, double> seconds = [];

    public IReadOnlyList<string> Names { get; }

    public StageTimes(params string[] names)
    {
        Names = names;
        foreach (var name in names)
            seconds[name] = 0;
    }

    /// <summary>Runs <paramref name="stage"/> and charges its thread CPU time to <paramref name="name"/>.</summary>
    public T Time<T>(string name, Func<T> stage)
    {
        var before = ThreadCpu.Seconds();
        var result = stage();
        var spent = ThreadCpu.Seconds() - before;
        lock (sync)
            seconds[name] += spent;
        return result;
    }

    public double this[string name] => seconds[name];

    public double Total => seconds.Values.Sum();
}
