using AgendaSearch.Index.Export;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Ingest.Tests.Worker.Fixtures;

/// <summary>An index whose next <see cref="ReplacePack"/> fails after writing part of the pack, as a full disk would.</summary>
internal sealed class FailingIndex(ISearchIndex inner) : ISearchIndex
{
    public bool FailNextReplace { get; set; }

    public void ReplacePack(string packId, IReadOnlyList<SearchRecord> records)
    {
        if (!FailNextReplace)
        {
            inner.ReplacePack(packId, records);
            return;
        }
        FailNextReplace = false;
        inner.ReplacePack(packId, records.Take(1).ToList());
        throw new IOException("No space left on device");
    }

    public SearchResults Search(SearchRequest request) => inner.Search(request);
    public SearchRecord? Get(string id) => inner.Get(id);
    public HitScan Scan(SearchRequest request, int limit) => inner.Scan(request, limit);
    public IReadOnlyList<SearchHit> Related(string id, int count) => inner.Related(id, count);
    public IReadOnlyList<SearchRecord> Meetings(string? body, DateOnly? from, DateOnly? to) => inner.Meetings(body, from, to);
    public IReadOnlyList<SearchRecord> MeetingRecords(string meetingId) => inner.MeetingRecords(meetingId);
    public void RemovePack(string packId) => inner.RemovePack(packId);
    public void Commit(IReadOnlyDictionary<string, string> userData) => inner.Commit(userData);
    public bool Compact(int minSegments = 2) => inner.Compact(minSegments);
    public IReadOnlyDictionary<string, string> CommittedUserData => inner.CommittedUserData;
    public int Count => inner.Count;
    public void Dispose() => inner.Dispose();
}
