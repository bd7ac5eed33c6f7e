using AgendaSearch.Records;
using System.Net;
using System.Text.RegularExpressions;
using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Citations;
using AgendaSearch.SearchApi.Contracts;

namespace AgendaSearch.SearchApi.Export;

/// <summary>
/// One exported hit: every field of the record, its citation (<see cref="Url"/>, absolute, and the
/// <see cref="Citation"/> text), the PDF link at the matching page, the score and the snippet as
/// plain text. The CSV columns and the NDJSON properties are these, in this order.
/// </summary>
internal sealed partial record ExportRow(
    string Id,
    string Url,
    string Citation,
    string Type,
    string Body,
    DateOnly? MeetingDate,
    string Title,
    int? ItemNumber,
    int? MinuteNumber,
    string? ResolutionLabel,
    IReadOnlyList<string> Officers,
    string? AskedBy,
    string? AnsweredBy,
    int[] Pages,
    string Pdf,
    string? MeetingId,
    string? ParentId,
    string PackId,
    IReadOnlyList<string> Sources,
    float Score,
    string Snippet,
    IReadOnlyDictionary<string, string> Extra,
    string Text)
{
    public static ExportRow From(SearchHit hit, HttpRequest request)
    {
        var record = hit.Record;
        var summary = RecordSummary.From(hit);
        return new(
            record.Id,
            CitationLinks.Absolute(request, summary.Url),
            summary.Citation,
            record.Type.Name(),
            record.Body,
            record.MeetingDate,
            record.Title,
            record.ItemNumber,
            record.MinuteNumber,
            record.ResolutionLabel,
            record.Officers,
            record.AskedBy,
            record.AnsweredBy,
            summary.Pages,
            CitationLinks.Absolute(request, summary.Pdf),
            record.MeetingId,
            record.ParentId,
            record.PackId,
            record.Sources,
            hit.Score,
            PlainText(hit.Snippet.Html),
            record.Extra,
            record.Text);
    }

    /// <summary>The snippet without its &lt;mark&gt; tags and HTML escapes.</summary>
    private static string PlainText(string html) => WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
