using AgendaSearch.Index.Export;
using AgendaSearch.Records;

namespace AgendaSearch.Index.Search;

/// <summary>
/// The index as the API and the ingest worker see it; Lucene stays behind this.
/// Writes become visible to searches after <see cref="Commit"/> (near-real-time refresh).
/// </summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>
    /// One page of hits with facet counts. Meeting records only match when type "meeting" is
    /// filtered for; facets are drill-sideways (each ignores its own filter); a blank query lists
    /// newest first. A page past the end is empty (Total still counts every hit).
    /// </summary>
    /// <exception cref="QuerySyntaxException">The query cannot be parsed.</exception>
    SearchResults Search(SearchRequest request);

    SearchRecord? Get(string id);

    /// <summary>
    /// Every hit of <paramref name="request"/> in its order (Page and PageSize are ignored), at most
    /// <paramref name="limit"/>, with records read as the scan is enumerated: for exports that must
    /// not hold a whole result set in memory. Dispose the scan when done.
    /// </summary>
    /// <exception cref="QuerySyntaxException">The query cannot be parsed.</exception>
    HitScan Scan(SearchRequest request, int limit);

    /// <summary>Records like the given one (MoreLikeThis), best first; empty when the id is unknown.</summary>
    IReadOnlyList<SearchHit> Related(string id, int count);

    /// <summary>Meeting records, newest first, optionally filtered.</summary>
    IReadOnlyList<SearchRecord> Meetings(string? body, DateOnly? from, DateOnly? to);

    /// <summary>Meeting records of one council (by name or slug; null: any), newest first, optionally filtered.</summary>
    IReadOnlyList<SearchRecord> Meetings(string? council, string? body, DateOnly? from, DateOnly? to) =>
        Meetings(body, from, to)
            .Where(m => council is null || m.Council is { } named && (named.Equals(council, StringComparison.OrdinalIgnoreCase) || RecordIds.Slug(named) == council))
            .ToList();

    /// <summary>
    /// Ids of the records whose id was <paramref name="legacyId"/> before ids carried the council
    /// (<see cref="RecordIds.WithoutCouncil"/>), at most <paramref name="max"/>: one when a citation URL given
    /// out then names one record, more when councils share the name.
    /// </summary>
    IReadOnlyList<string> IdsWithoutCouncil(string legacyId, int max) => [];

    /// <summary>Every record of a meeting (items, minutes, resolutions, questions) in document order.</summary>
    IReadOnlyList<SearchRecord> MeetingRecords(string meetingId);

    /// <summary>
    /// Replaces what <paramref name="packId"/> contributed with <paramref name="records"/>. A record that
    /// other packs also list keeps them in its sources; one left with no source is deleted.
    /// </summary>
    void ReplacePack(string packId, IReadOnlyList<SearchRecord> records);

    void RemovePack(string packId);

    /// <summary>Commits pending writes with <paramref name="userData"/> stored in the same commit, then refreshes searchers.</summary>
    void Commit(IReadOnlyDictionary<string, string> userData);

    /// <summary>The user data of the last commit (empty for a new index).</summary>
    IReadOnlyDictionary<string, string> CommittedUserData { get; }

    /// <summary>
    /// The document layout version of the index found on disk when it was written by another version of
    /// AgendaSearch ("none" before versions were kept): that index was opened empty and is rebuilt from the
    /// corpus. Null when the index on disk was current or new.
    /// </summary>
    string? ReplacedSchema => null;

    /// <summary>
    /// Merges the committed index into one segment, commits that with the same user data and refreshes the
    /// searchers; false (nothing done) when it has fewer than <paramref name="minSegments"/> segments (at least
    /// two) or writes are waiting for their commit.
    /// A search pays per segment and query term (a terms dictionary lookup and its buffers), so a 1,000-pack
    /// index of ten segments searched at three quarters the speed of the same records in one. Writes may go on
    /// meanwhile (they land in new segments); the merge takes about 3 s of CPU per 1,000 packs.
    /// </summary>
    bool Compact(int minSegments = 2) => false;

    /// <summary>
    /// The acronyms of one council (by name or slug; null: every council), as its papers define them (each with up
    /// to <paramref name="places"/> of the records that print it) and from the built-in list where they do not;
    /// sorted by acronym. Empty for a council the index does not know.
    /// </summary>
    IReadOnlyList<GlossaryEntry> Glossary(string? council, int places) => [];

    /// <summary>Records searchable now (committed), meetings included.</summary>
    int Count { get; }
}
