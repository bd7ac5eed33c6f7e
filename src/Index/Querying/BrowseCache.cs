using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AgendaSearch.Index.Search;
using Lucene.Net.Index;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// The browse view (no words, no filters: every record newest first, with the facet counts of the whole index)
/// is the same for every visitor until the index changes, and it is the dearest common request (it sorts and
/// counts every record: about 1.9 ms on 36,912 records). Its first pages are kept per searcher generation
/// (the top-level reader), so a commit makes the next request compute them afresh and the old ones go with
/// their reader.
/// </summary>
internal static class BrowseCache
{
    /// <summary>Pages past this are rare and not kept, so the cache stays a handful of entries per reader.</summary>
    private const int MaxPage = 5;

    /// <summary>
    /// Page size and facet limit are the caller's to choose, so a client looping over them could otherwise fill
    /// memory on an index that does not change; past this many answers a reader's further ones are computed each time.
    /// </summary>
    private const int MaxEntries = 32;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(int Page, int PageSize, int? FacetLimit), SearchResults>> Cache = new();

    /// <summary>Whether <paramref name="request"/> is the browse view: no query text, no filter of any kind.</summary>
    public static bool Applies(SearchRequest request) =>
        string.IsNullOrWhiteSpace(request.Query)
        && !request.Explain
        && request is { Types.Count: 0, Bodies.Count: 0, Councils.Count: 0, Officers.Count: 0, Years.Count: 0, From: null, To: null }
        && request.Page is >= 1 and <= MaxPage;

    public static SearchResults GetOrAdd(IndexReader reader, SearchRequest request, Func<SearchResults> compute)
    {
        var kept = Cache.GetValue(reader, _ => new());
        var key = (request.Page, request.PageSize, request.FacetLimit);
        if (kept.TryGetValue(key, out var results))
        {
            return results;
        }

        return kept.Count < MaxEntries ? kept.GetOrAdd(key, compute()) : compute();
    }
}
