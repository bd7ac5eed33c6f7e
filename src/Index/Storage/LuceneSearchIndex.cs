using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Export;
using AgendaSearch.Index.Querying;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Directory = Lucene.Net.Store.Directory;

namespace AgendaSearch.Index.Storage;

/// <summary>
/// <see cref="ISearchIndex"/> over one Lucene directory: one IndexWriter (writes serialised by a
/// lock), near-real-time searchers for any number of concurrent searches. Searches see the state
/// of the last <see cref="Commit"/>; uncommitted writes are rolled back on Dispose, so the index
/// always matches the user data (the worker's file ledger) stored with its last commit.
/// </summary>
internal sealed class LuceneSearchIndex : ISearchIndex
{
    private readonly Directory _directory;
    private readonly Analyzer _analyzer = IndexAnalyzers.Create();
    private readonly IndexWriter _writer;
    private readonly NrtSearchers _searchers;
    private readonly NrtSearchers _writerView;
    private readonly PackWriter _packs;
    private readonly Lock _writeLock = new();
    private readonly Lock _compactLock = new();
    private IReadOnlyDictionary<string, string> _committedUserData;
    private bool _uncommitted;
    private readonly RankingOptions _ranking;
    private bool _disposed;

    public LuceneSearchIndex(Directory directory, RankingOptions? ranking = null)
    {
        _directory = directory;
        _ranking = ranking ?? new RankingOptions();
        var similarity = RankingSimilarities.Create(_ranking);
        var exists = DirectoryReader.IndexExists(directory);
        _committedUserData = exists ? ReadCommittedUserData(directory) : new Dictionary<string, string>();
        ReplacedSchema = IndexSchema.Outdated(_committedUserData, exists);
        if (ReplacedSchema is not null)
        {
            // Written by another layout: start empty (the old files go at the first commit), so the
            // worker's ledger is empty too and every pack is read again into the current layout.
            _committedUserData = new Dictionary<string, string>();
        }

        _writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, _analyzer)
        {
            OpenMode = ReplacedSchema is null ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            Similarity = similarity,
        });
        _searchers = new NrtSearchers(_writer, similarity);
        _writerView = new NrtSearchers(_writer, similarity);
        _packs = new PackWriter(_writer, _writerView);
    }

    public IReadOnlyDictionary<string, string> CommittedUserData => _committedUserData;

    public string? ReplacedSchema { get; }

    public int Count
    {
        get
        {
            using var lease = _searchers.Acquire();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    /// <summary>Segments of the searched reader (tests spread records over several).</summary>
    internal int SegmentCount
    {
        get
        {
            using var lease = _searchers.Acquire();
            return lease.Searcher.IndexReader.Leaves.Count;
        }
    }

    public SearchResults Search(SearchRequest request)
    {
        using var lease = _searchers.Acquire();
        return RecordSearcher.Search(lease.Searcher, _analyzer, _ranking, request);
    }

    public SearchRecord? Get(string id)
    {
        using var lease = _searchers.Acquire();
        return RecordLookups.Get(lease.Searcher, id);
    }

    public HitScan Scan(SearchRequest request, int limit)
    {
        var lease = _searchers.Acquire();
        try
        {
            return RecordScanner.Scan(lease, _analyzer, _ranking, request, limit);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    public IReadOnlyList<SearchHit> Related(string id, int count)
    {
        using var lease = _searchers.Acquire();
        return RecordLookups.Related(lease.Searcher, _analyzer, id, count);
    }

    public IReadOnlyList<SearchRecord> Meetings(string? body, DateOnly? from, DateOnly? to) => Meetings(null, body, from, to);

    public IReadOnlyList<SearchRecord> Meetings(string? council, string? body, DateOnly? from, DateOnly? to)
    {
        using var lease = _searchers.Acquire();
        return RecordLookups.Meetings(lease.Searcher, council, body, from, to);
    }

    public IReadOnlyList<string> IdsWithoutCouncil(string legacyId, int max)
    {
        using var lease = _searchers.Acquire();
        return RecordLookups.IdsWithoutCouncil(lease.Searcher, legacyId, max);
    }

    public IReadOnlyList<SearchRecord> MeetingRecords(string meetingId)
    {
        using var lease = _searchers.Acquire();
        return RecordLookups.MeetingRecords(lease.Searcher, meetingId);
    }

    public void ReplacePack(string packId, IReadOnlyList<SearchRecord> records)
    {
        lock (_writeLock)
        {
            _uncommitted = true;
            _packs.Replace(packId, records);
        }
    }

    public void RemovePack(string packId)
    {
        lock (_writeLock)
        {
            _uncommitted = true;
            _packs.Remove(packId);
        }
    }

    public void Commit(IReadOnlyDictionary<string, string> userData)
    {
        lock (_writeLock)
        {
            var copy = new Dictionary<string, string>(userData) { [IndexSchema.Key] = IndexSchema.Version };
            _writer.SetCommitData(copy);
            _writer.Commit();
            _committedUserData = copy;
            _uncommitted = false;
            _searchers.Refresh();
        }
    }

    public bool Compact(int minSegments = 2)
    {
        lock (_compactLock)
        {
            lock (_writeLock)
            {
                if (_disposed || _uncommitted || SegmentCount < Math.Max(2, minSegments))
                {
                    return false;
                }
            }

            // Outside the write lock: packs written meanwhile go to new segments, and a deletion in a segment
            // being merged is carried into the merged one (uncommitted, so the next commit takes it).
            try
            {
                _writer.ForceMerge(1, doWait: true);
            }
            catch (Exception e) when (e is ObjectDisposedException || (e is IOException && Volatile.Read(ref _disposed)))
            {
                // Disposed meanwhile: the rollback of disposing dropped the merge (an IOException when it was running).
                return false;
            }

            lock (_writeLock)
            {
                if (_disposed)
                {
                    return false;
                }

                if (_uncommitted)
                {
                    // The commit of those writes makes the merge durable and visible with them.
                    return true;
                }

                _writer.SetCommitData(new Dictionary<string, string>(_committedUserData));
                _writer.Commit();
                _searchers.Refresh();
                return true;
            }
        }
    }

    public void Dispose()
    {
        lock (_writeLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _searchers.Dispose();
            _writerView.Dispose();
            _writer.Rollback();
            _analyzer.Dispose();
            _directory.Dispose();
        }
    }

    private static IReadOnlyDictionary<string, string> ReadCommittedUserData(Directory directory)
    {
        var last = DirectoryReader.ListCommits(directory).OrderBy(c => c.Generation).Last();
        return new Dictionary<string, string>(last.UserData);
    }
}
