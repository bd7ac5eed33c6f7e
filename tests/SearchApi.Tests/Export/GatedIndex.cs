using AgendaSearch.Index.Export;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;

namespace AgendaSearch.SearchApi.Tests.Export;

/// <summary>
/// The real index, except that a scan stops after <see cref="PauseAfter"/> hits until the test lets it
/// go on. A client that has read rows while the scan is held has had them before the rest of the set
/// was produced: the export streams. (If it did not, the client would wait for the gate, which gives
/// up after a minute and fails the export.)
/// </summary>
internal sealed class GatedIndex(ISearchIndex inner, int pauseAfter) : ISearchIndex
{
    private readonly SemaphoreSlim _resume = new(0);

    public int PauseAfter => pauseAfter;

    /// <summary>Hits the scan has yielded so far.</summary>
    public int Yielded => Volatile.Read(ref _yielded);

    private int _yielded;

    public void Resume() => _resume.Release();

    public HitScan Scan(SearchRequest request, int limit)
    {
        var scan = inner.Scan(request, limit);
        return new HitScan(scan.Total, scan.Count, Gated(scan.Hits), scan);
    }

    private IEnumerable<SearchHit> Gated(IEnumerable<SearchHit> hits)
    {
        foreach (var hit in hits)
        {
            if (_yielded == pauseAfter && !_resume.Wait(TimeSpan.FromMinutes(1)))
            {
                throw new TimeoutException("Nobody read the first rows while the scan was held.");
            }

            Interlocked.Increment(ref _yielded);
            yield return hit;
        }
    }

    public SearchResults Search(SearchRequest request) => inner.Search(request);

    public SearchRecord? Get(string id) => inner.Get(id);

    public IReadOnlyList<SearchHit> Related(string id, int count) => inner.Related(id, count);

    public IReadOnlyList<SearchRecord> Meetings(string? body, DateOnly? from, DateOnly? to) => inner.Meetings(body, from, to);

    public IReadOnlyList<SearchRecord> MeetingRecords(string meetingId) => inner.MeetingRecords(meetingId);

    public void ReplacePack(string packId, IReadOnlyList<SearchRecord> records) => inner.ReplacePack(packId, records);

    public void RemovePack(string packId) => inner.RemovePack(packId);

    public void Commit(IReadOnlyDictionary<string, string> userData) => inner.Commit(userData);

    public bool Compact(int minSegments = 2) => inner.Compact(minSegments);

    public IReadOnlyDictionary<string, string> CommittedUserData => inner.CommittedUserData;

    public int Count => inner.Count;

    public void Dispose()
    {
        inner.Dispose();
        _resume.Dispose();
    }
}
