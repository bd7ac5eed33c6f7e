namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// What a worker does about its corpus folder next: a full scan (at start, when the watcher lost events and asks for one,
/// and every <see cref="IngestOptions.RescanInterval"/> as a safety net), the paths the watcher saw change once they are
/// ready (<see cref="ReadinessRule"/>), or nothing. The embedded worker and the cluster ingest role follow the same rule.
/// A folder that does not exist yet is looked for at each call, and a full scan follows when it appears.
/// </summary>
public sealed class CorpusChanges(string root, IngestOptions settings) : IDisposable
{
    private readonly ReadinessRule readiness = new(settings.Debounce, settings.Settle);
    private CorpusWatcher? watcher;
    private DateTime lastScan = DateTime.MinValue;

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>True: scan the whole folder now. Else the changed paths that are ready (empty: nothing to do).</summary>
    public (bool FullScan, IReadOnlyCollection<string> Changed) Next(DateTime now)
    {
        if (watcher is null && Directory.Exists(Root))
        {
            watcher = new CorpusWatcher(Root);
            lastScan = DateTime.MinValue;
        }
        if (watcher?.TakeRescanRequest() == true || now - lastScan >= settings.RescanInterval)
        {
            lastScan = now;
            return (true, []);
        }
        return (false, watcher?.TakeReady(now, readiness) ?? []);
    }

    /// <summary>A scan failed: the next call asks for a full scan again.</summary>
    public void ScanAgain() => lastScan = DateTime.MinValue;

    public void Dispose() => watcher?.Dispose();
}
