using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Documents;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Snippets;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace AgendaSearch.Index.Querying;

/// <summary>Reads that are not a user's search: by id, related records, meetings and their records.</summary>
internal static class RecordLookups
{
    public static SearchRecord? Get(IndexSearcher searcher, string id) =>
        FindDoc(searcher, id) is { } doc ? RecordDocument.Read(searcher.IndexReader, doc) : null;

    /// <summary>
    /// MoreLikeThis over title and text of the record, itself and meeting records excluded. The
    /// record's words are analysed once (as text) and each interesting term is searched in
    /// whichever of title/text holds it most often, as MoreLikeThis does for several fields.
    /// </summary>
    public static IReadOnlyList<SearchHit> Related(IndexSearcher searcher, Analyzer analyzer, string id, int count)
    {
        if (count <= 0 || Get(searcher, id) is not { } record)
        {
            return [];
        }

        var likeThis = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzer,
            FieldNames = [FieldNames.Title, FieldNames.Text],
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxQueryTerms = 25,
        };
        var like = likeThis.Like(new StringReader(record.Title + "\n" + record.Text), FieldNames.Text);
        var query = new BooleanQuery
        {
            { like, Occur.MUST },
            { new TermQuery(new Term(FieldNames.Id, id)), Occur.MUST_NOT },
            { new TermQuery(new Term(FieldNames.Type, RecordKind.Meeting.Name())), Occur.MUST_NOT },
        };
        var snippets = new SnippetBuilder(analyzer, QueryTerms.From(like));
        return searcher.Search(query, count).ScoreDocs
            .Select(hit => RecordSearcher.Hit(searcher.IndexReader, hit, snippets))
            .ToList();
    }

    public static IReadOnlyList<SearchRecord> Meetings(IndexSearcher searcher, string? body, DateOnly? from, DateOnly? to)
    {
        var filters = new SearchFilters(new SearchRequest
        {
            Types = [RecordKind.Meeting],
            Bodies = string.IsNullOrWhiteSpace(body) ? [] : [body],
            From = from,
            To = to,
        });
        return All(searcher, new MatchAllDocsQuery(), filters.All())
            .OrderByDescending(m => m.MeetingDate ?? DateOnly.MinValue)
            .ThenBy(m => m.Body, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The meeting, items by number, each minute followed by its resolutions, then questions.</summary>
    public static IReadOnlyList<SearchRecord> MeetingRecords(IndexSearcher searcher, string meetingId) =>
        All(searcher, new TermQuery(new Term(FieldNames.MeetingId, meetingId)), null)
            .OrderBy(r => r, MeetingOrder.Instance)
            .ToList();

    private static IEnumerable<SearchRecord> All(IndexSearcher searcher, Query query, Filter? filter) =>
        AllDocsCollector.Search(searcher, query, filter).Select(doc => RecordDocument.Read(searcher.IndexReader, doc));

    private static int? FindDoc(IndexSearcher searcher, string id)
    {
        var hits = searcher.Search(new TermQuery(new Term(FieldNames.Id, id)), 1);
        return hits.TotalHits == 0 ? null : hits.ScoreDocs[0].Doc;
    }
}
