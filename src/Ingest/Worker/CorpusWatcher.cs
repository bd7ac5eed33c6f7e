using System.Collections.Concurrent;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Collects change events under the corpus folder and hands a path over only once it has been quiet for the
/// debounce time, so a PDF still being copied is read when the copy is done. When the watcher's buffer
/// overflows (events were lost) it asks for a full rescan instead.
/// </summary>
internal sealed class CorpusWatcher : IDisposable
{
    private readonly string root;
    private readonly FileSystemWatcher watcher;
    private readonly ConcurrentDictionary<string, DateTime> lastChange = new(StringComparer.Ordinal);
    private volatile bool rescan;

    public CorpusWatcher(string root)
    {
        this.root = root;
        watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => Touch(e.FullPath);
        watcher.Changed += (_, e) => Touch(e.FullPath);
        watcher.Deleted += (_, e) => Touch(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Touch(e.OldFullPath);
            Touch(e.FullPath);
        };
        watcher.Error += (_, _) => rescan = true;
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>True once after events were lost.</summary>
    public bool TakeRescanRequest()
    {
        var requested = rescan;
        rescan = false;
        return requested;
    }

    /// <summary>Corpus-relative paths whose last change is at least <paramref name="quiet"/> old.</summary>
    public IReadOnlyCollection<string> TakeQuiet(DateTime now, TimeSpan quiet)
    {
        var due = new List<string>();
        foreach (var (path, changed) in lastChange)
            if (now - changed >= quiet && lastChange.TryRemove(new KeyValuePair<string, DateTime>(path, changed)))
                due.Add(path);
        return due;
    }

    private void Touch(string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal))
            return;
        lastChange[relative] = DateTime.UtcNow;
    }

    public void Dispose() => watcher.Dispose();
}
