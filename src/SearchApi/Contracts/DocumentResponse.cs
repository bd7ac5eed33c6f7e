using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using AgendaSearch.Records;

namespace AgendaSearch.SearchApi.Contracts;

/// <summary>
/// A whole record: its summary plus the text, where each page starts in it
/// (<see cref="PageStarts"/>[i] is the offset of page Pages[0] + i), the packs it was read from,
/// the stored extras (report-of, purpose, venue ...) and links to its PDF, meeting and parent.
/// These come after the summary's fields in the JSON (JsonPropertyOrder), as a reader expects.
/// </summary>
internal sealed record DocumentResponse : RecordSummary
{
    [SetsRequiredMembers]
    private DocumentResponse(RecordSummary summary)
        : base(summary)
    {
    }

    [JsonPropertyOrder(1)]
    public string Text { get; init; } = "";

    [JsonPropertyOrder(1)]
    public IReadOnlyList<int> PageStarts { get; init; } = [];

    [JsonPropertyOrder(1)]
    public string PackId { get; init; } = "";

    [JsonPropertyOrder(1)]
    public IReadOnlyList<string> Sources { get; init; } = [];

    [JsonPropertyOrder(1)]
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    [JsonPropertyOrder(1)]
    public DocumentLinks Links { get; init; } = null!;

    public static DocumentResponse Of(SearchRecord record)
    {
        var summary = RecordSummary.From(record);
        return new DocumentResponse(summary)
        {
            Text = record.Text,
            PageStarts = record.PageStarts,
            PackId = record.PackId,
            Sources = record.Sources,
            Extra = record.Extra,
            Links = new DocumentLinks(
                ApiLinks.Document(record.Id),
                summary.Pdf,
                record.MeetingId is { } meeting ? ApiLinks.Meeting(meeting) : null,
                record.ParentId is { } parent ? ApiLinks.Document(parent) : null,
                ApiLinks.Related(record.Id),
                ApiLinks.Trail(record.Id)),
        };
    }
}
