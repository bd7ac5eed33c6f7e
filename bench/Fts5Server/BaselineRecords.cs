using System.Text.Json;
using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Records;

namespace AgendaSearch.Fts5Server;

/// <summary>
/// What every baseline stores: the searchable records of a built index, read through <see cref="ISearchIndex"/> (so
/// each engine holds the same records as the API), and the columns derived from a record the same way for each.
/// </summary>
internal static class BaselineRecords
{
    private const int PageSize = 1000;
    private static readonly RecordKind[] SearchableTypes = [RecordKind.Item, RecordKind.Minute, RecordKind.Resolution, RecordKind.Question, RecordKind.Section];

    /// <summary>Every searchable record (meeting records are left out: the API shows them only when asked by type).</summary>
    public static List<SearchRecord> Read(string indexPath)
    {
        using var index = SearchIndex.Open(new IndexOptions { Path = indexPath });
        var records = new List<SearchRecord>();
        for (var page = 1; ; page++)
        {
            var results = index.Search(new SearchRequest { Types = SearchableTypes, Page = page, PageSize = PageSize });
            // Hits carry no text (lists show the snippet), so each record is read whole.
            records.AddRange(results.Hits.Select(h => index.Get(h.Record.Id) ?? h.Record));
            if (results.Hits.Count < PageSize)
                return records;
        }
    }

    /// <summary>A filter key, lower-cased like the index's *_key fields.</summary>
    public static string Key(string value) => value.Trim().ToLowerInvariant();

    /// <summary>The meeting date as yyyymmdd, the form the date filters compare.</summary>
    public static int? Date(SearchRecord r) => r.MeetingDate is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : null;

    /// <summary>The names the API searches by default: officers, asker, answerer.</summary>
    public static string Names(SearchRecord r) => string.Join(' ', r.Officers.Append(r.AskedBy).Append(r.AnsweredBy).OfType<string>());

    /// <summary>What the API lists for a hit besides the snippet, stored ready to send.</summary>
    public static string Summary(SearchRecord r) => JsonSerializer.Serialize(new
    {
        id = r.Id, type = r.Type.Name(), title = r.Title, body = r.Body, meetingDate = r.MeetingDate,
        itemNumber = r.ItemNumber, minuteNumber = r.MinuteNumber, resolutionLabel = r.ResolutionLabel,
        officers = r.Officers, askedBy = r.AskedBy, answeredBy = r.AnsweredBy,
        pages = r.Pages.Length > 0 ? new[] { r.Pages[0], r.Pages[^1] } : [],
        pdf = $"/api/packs/{r.PackId}/pdf", url = $"/api/documents/{r.Id}", meetingId = r.MeetingId, parentId = r.ParentId,
    });
}
