using System.Text.Json.Serialization;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Citations;

namespace AgendaSearch.SearchApi.Contracts;

/// <summary>
/// A record as lists show it (search hits, related records, a meeting's records), without its
/// text. <see cref="Pages"/> is [first, last] physical page of the pack PDF. <see cref="Snippet"/>
/// (HTML-escaped, matches in &lt;mark&gt;) and <see cref="SnippetPage"/> are only on hits, and
/// <see cref="Pdf"/> opens at the snippet's page when known, else at the record's first page.
/// Not sealed: <see cref="DocumentResponse"/> is this plus the text.
/// </summary>
internal record RecordSummary
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public DateOnly? MeetingDate { get; init; }
    public int? ItemNumber { get; init; }
    public int? MinuteNumber { get; init; }
    public string? ResolutionLabel { get; init; }
    public required IReadOnlyList<string> Officers { get; init; }
    public string? AskedBy { get; init; }
    public string? AnsweredBy { get; init; }
    public required int[] Pages { get; init; }
    public required string Pdf { get; init; }
    /// <summary>The stable citation URL (/r/...), which opens the record on the search page.</summary>
    public required string Url { get; init; }
    /// <summary>A reference to paste: body, meeting date, item or minute, title, pack and page.</summary>
    public required string Citation { get; init; }
    public string? MeetingId { get; init; }
    public string? ParentId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Snippet { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? SnippetPage { get; init; }

    public static RecordSummary From(SearchRecord record) => new()
    {
        Id = record.Id,
        Type = record.Type.Name(),
        Title = record.Title,
        Body = record.Body,
        MeetingDate = record.MeetingDate,
        ItemNumber = record.ItemNumber,
        MinuteNumber = record.MinuteNumber,
        ResolutionLabel = record.ResolutionLabel,
        Officers = record.Officers,
        AskedBy = record.AskedBy,
        AnsweredBy = record.AnsweredBy,
        Pages = PageRange(record.Pages),
        Pdf = ApiLinks.Pdf(record.PackId, FirstPage(record)),
        Url = CitationLinks.Path(record.Id),
        Citation = CitationText.Of(record),
        MeetingId = record.MeetingId,
        ParentId = record.ParentId,
    };

    public static RecordSummary From(SearchHit hit) => From(hit.Record) with
    {
        Snippet = hit.Snippet.Html,
        SnippetPage = hit.Snippet.Page,
        Pdf = ApiLinks.Pdf(hit.Record.PackId, hit.Snippet.Page ?? FirstPage(hit.Record)),
    };

    public static int? FirstPage(SearchRecord record) => record.Pages.Length > 0 ? record.Pages[0] : null;

    private static int[] PageRange(int[] pages) => pages.Length > 0 ? [pages[0], pages[^1]] : [];
}
