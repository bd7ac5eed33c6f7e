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
    /// <summary>The council whose papers the record is from; null when the corpus does not say.</summary>
    public string? Council { get; init; }
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

    /// <summary>
    /// The record's first words (at most <see cref="OpeningLength"/> characters, plain text): only in a meeting's
    /// lists, which show a resolution or a question by its opening without fetching each record.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Opening { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? SnippetPage { get; init; }

    /// <summary>Only on hits of a search with explain=true: why the hit scored what it did.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HitExplanation? Explanation { get; init; }

    /// <summary>
    /// True when the text came from OCR of a scanned page (on a hit: the snippet's page), so it may hold misread
    /// words; left out otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Ocr { get; init; }

    public static RecordSummary From(SearchRecord record) => new()
    {
        Id = record.Id,
        Type = record.Type.Name(),
        Title = record.Title,
        Council = record.Council,
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
        Ocr = RecordExtras.OcrPagesOf(record).Count > 0,
    };

    public static RecordSummary From(SearchHit hit) => From(hit.Record) with
    {
        Snippet = hit.Snippet.Html,
        SnippetPage = hit.Snippet.Page,
        Explanation = hit.Explanation,
        Pdf = ApiLinks.Pdf(hit.Record.PackId, hit.Snippet.Page ?? FirstPage(hit.Record)),
        Ocr = hit.Snippet.Page is { } page ? RecordExtras.OcrPagesOf(hit.Record).Contains(page) : RecordExtras.OcrPagesOf(hit.Record).Count > 0,
    };

    public const int OpeningLength = 240;

    /// <summary>The summary with <see cref="Opening"/>: the text's first words, cut at a word.</summary>
    public static RecordSummary WithOpening(SearchRecord record)
    {
        var text = string.Join(' ', record.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var cut = text.Length <= OpeningLength ? text : text[..OpeningLength] is var head && head.LastIndexOf(' ') is > 0 and var space
            ? head[..space] + "\u2026"
            : head + "\u2026";
        return From(record) with { Opening = cut };
    }

    public static int? FirstPage(SearchRecord record) => record.Pages.Length > 0 ? record.Pages[0] : null;

    private static int[] PageRange(int[] pages) => pages.Length > 0 ? [pages[0], pages[^1]] : [];
}
