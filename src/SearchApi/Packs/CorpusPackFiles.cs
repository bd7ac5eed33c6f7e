using AgendaSearch.Ingest.Packs;
using AgendaSearch.SearchApi.Corpus;
using Microsoft.Extensions.Options;

namespace AgendaSearch.SearchApi.Packs;

/// <summary>
/// The default registry: the *.pdf files under Corpus:Path, keyed by <see cref="PackId"/>; when two
/// files give the same id the first in ordinal path order wins. The folder is walked once and the
/// map kept: a request for an id the map lacks (or whose file has gone) walks it again only when a
/// file watcher on the folder has reported a change since the last walk, or the last walk is older
/// than <see cref="CorpusOptions.RescanSeconds"/> (for folders whose changes a watcher misses, such
/// as network shares). So a file added while the service runs is found, and a stream of requests
/// for unknown ids costs a dictionary lookup each, not a directory walk.
/// </summary>
internal sealed class CorpusPackFiles : IPackFiles, IDisposable
{
    private static readonly EnumerationOptions PdfFiles = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        IgnoreInaccessible = true,
    };

    private readonly IOptions<CorpusOptions> _options;
    private readonly TimeProvider _time;
    private readonly Lock _sync = new();
    /// <summary>Replaced whole by each walk, never changed in place, so it is read without the lock.</summary>
    private volatile Dictionary<string, string> _byId = new(StringComparer.Ordinal);
    private long? _scannedAt;
    private volatile bool _changed;
    private FileSystemWatcher? _watcher;

    public CorpusPackFiles(IOptions<CorpusOptions> options, TimeProvider? time = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>How many times the corpus folder has been walked (for tests).</summary>
    internal int Scans { get; private set; }

    public string? PathOf(string packId)
    {
        if (!PackId.IsWellFormed(packId))
        {
            return null;
        }

        // Known ids are read from the current map without waiting for a walk in progress.
        if (Known(packId) is { } known)
        {
            return known;
        }

        lock (_sync)
        {
            // A walk another request just finished may have found it.
            if (Known(packId) is { } found)
            {
                return found;
            }

            if (!MayRescan())
            {
                return null;
            }

            Rescan();
            return Known(packId);
        }
    }

    /// <summary>Marks the map out of date: what the file watcher calls on any change under the folder.</summary>
    internal void Changed() => _changed = true;

    public void Dispose()
    {
        lock (_sync)
        {
            _watcher?.Dispose();
            _watcher = null;
        }
    }

    private string? Known(string packId) =>
        _byId.TryGetValue(packId, out var path) && File.Exists(path) ? path : null;

    private bool MayRescan() =>
        _scannedAt is not { } at || _changed
        || _time.GetElapsedTime(at) >= TimeSpan.FromSeconds(Math.Max(0, _options.Value.RescanSeconds));

    private void Rescan()
    {
        var root = _options.Value.FullPath;
        _changed = false;
        _scannedAt = _time.GetTimestamp();
        Scans++;
        if (!Directory.Exists(root))
        {
            _byId = new Dictionary<string, string>(StringComparer.Ordinal);
            return;
        }

        // Watch before walking, so a file added during the walk marks the new map out of date.
        Watch(root);
        _byId = Directory.EnumerateFiles(root, "*.pdf", PdfFiles)
            .Order(StringComparer.Ordinal)
            .GroupBy(PackId.FromPath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>A watcher on the folder once it exists; if the system cannot watch it, the rescan interval still applies.</summary>
    private void Watch(string root)
    {
        if (_watcher is not null)
        {
            return;
        }

        var watcher = new FileSystemWatcher
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName,
        };
        watcher.Created += (_, _) => Changed();
        watcher.Deleted += (_, _) => Changed();
        watcher.Renamed += (_, _) => Changed();
        watcher.Error += (_, _) => Changed();
        try
        {
            watcher.Path = root;
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            watcher.Dispose();
        }
    }
}
