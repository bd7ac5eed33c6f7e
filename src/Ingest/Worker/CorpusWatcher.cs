using System.Collections.Concurrent;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Collects change events under the corpus folder and hands a path over once <see cref="ReadinessRule"/> says it
/// may be read: a complete PDF that stopped changing after the short settle time, anything else after the
/// debounce, so a PDF still being copied is read when the copy is done. When the watcher's buffer overflows
/// (events were lost) it asks for a full rescan instead.
/// </summary>
public sealed class CorpusWatcher : IDisposable
{
    private readonly string root;
    private readonly FileSystemWatcher watcher;
    private readonly ConcurrentDictionary<string, PendingFile> pending = new(StringComparer.Ordinal);
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

    /// <summary>Corpus-relative paths <paramref name="rule"/> lets go now; the others get a look at their size and time.</summary>
    public IReadOnlyCollection<string> TakeReady(DateTime now, ReadinessRule rule)
    {
        var due = new List<string>();
        foreach (var (path, file) in pending)
        {
            var full = Path.Combine(root, path);
            // TryRemove/TryUpdate against the value read: a change event that arrived meanwhile wins, and the path stays.
            if (rule.Due(file, now) || rule.Settled(file, now, () => Whole(full, file.Seen)))
            {
                if (pending.TryRemove(new KeyValuePair<string, PendingFile>(path, file)))
                    due.Add(path);
            }
            else
                pending.TryUpdate(path, file.Looked(FileFacts.Of(full), now), file);
        }
        return due;
    }

    private static bool Whole(string full, FileFacts? seen) => seen is null ? !Directory.Exists(full) : PdfEnding.IsComplete(full);

    private void Touch(string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal))
            return;
        var now = DateTime.UtcNow;
        // A first look right away, so the settle time runs from the change rather than from the next tick.
        var facts = FileFacts.Of(fullPath);
        pending.AddOrUpdate(relative, _ => new PendingFile(now).Looked(facts, now), (_, file) => file.Touched(now).Looked(facts, now));
    }

    public void Dispose() => watcher.Dispose();
}
