namespace AgendaSearch.Records;

/// <summary>
/// One searchable record of a <see cref="RecordKind"/>: an agenda item/report, a minute entry, one part of a
/// RESOLVED block, a question, or a section of text no other record holds; meetings are kept as records
/// too, so the meeting pages can be served from the index alone.
/// <para>
/// <see cref="Id"/> is a natural key (body + meeting date + kind + number + part), so re-indexing
/// replaces a record rather than duplicating it, and the same minutes printed in two documents are one
/// record listing both <see cref="Sources"/>. <see cref="MeetingDate"/> is the date of the meeting
/// the record belongs to: for minutes, resolutions and questions, the meeting they record; for items,
/// the meeting they were put to.
/// </para>
/// <para>
/// <see cref="PageStarts"/> maps <see cref="Text"/> to physical pages: entry i is the character
/// offset in Text where page <c>Pages[0] + i</c> begins, so a snippet can cite its page.
/// </para>
/// </summary>
public sealed record SearchRecord
{
    public required string Id { get; init; }
    public required RecordKind Type { get; init; }
    public required string Body { get; init; }
    public DateOnly? MeetingDate { get; init; }
    /// <summary>The pack whose version of the record this is (its text and pages).</summary>
    public required string PackId { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> Officers { get; init; } = [];
    public string? AskedBy { get; init; }
    public string? AnsweredBy { get; init; }
    public int? ItemNumber { get; init; }
    public int? MinuteNumber { get; init; }
    public string? ResolutionLabel { get; init; }
    public int[] Pages { get; init; } = [];
    public IReadOnlyList<int> PageStarts { get; init; } = [];
    /// <summary>
    /// Ids of the packs that print this record, in ordinal order; kept by the index (whatever a
    /// caller passes, ReplacePack makes it the packs that gave the record).
    /// </summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>Id of the record this one belongs to: a resolution's minute, a question's minute.</summary>
    public string? ParentId { get; init; }
    /// <summary>Id of the meeting record ("{body-slug}:{yyyy-MM-dd|undated}", see <see cref="RecordIds"/>).</summary>
    public string? MeetingId { get; init; }
    /// <summary>Extra stored data by name (report-of, purpose, recommendations, venue ...), not searched but for <see cref="RecordExtras.AskedByAsPrinted"/>.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}
