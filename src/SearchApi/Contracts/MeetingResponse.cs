using AgendaSearch.Records;

namespace AgendaSearch.SearchApi.Contracts;

/// <summary>
/// A meeting and its records by kind, each list in document order: agenda items by number, minute
/// entries by number, resolutions by minute then label (each names its minute in parentId),
/// questions as numbered. A record of any other kind is listed in <see cref="Other"/>.
/// </summary>
internal sealed record MeetingResponse(
    MeetingSummary Meeting,
    IReadOnlyList<RecordSummary> Items,
    IReadOnlyList<RecordSummary> Minutes,
    IReadOnlyList<RecordSummary> Resolutions,
    IReadOnlyList<RecordSummary> Questions,
    IReadOnlyList<RecordSummary> Other)
{
    private static readonly RecordKind[] Kinds = [RecordKind.Item, RecordKind.Minute, RecordKind.Resolution, RecordKind.Question];

    /// <param name="meeting">The meeting itself.</param>
    /// <param name="records">The meeting's records in document order, the meeting record excluded.</param>
    public static MeetingResponse From(MeetingSummary meeting, IReadOnlyList<SearchRecord> records)
    {
        return new(meeting, OfType(RecordKind.Item), OfType(RecordKind.Minute), OfType(RecordKind.Resolution), OfType(RecordKind.Question),
            records.Where(r => !Kinds.Contains(r.Type)).Select(RecordSummary.From).ToList());

        List<RecordSummary> OfType(RecordKind type) =>
            records.Where(r => r.Type == type).Select(RecordSummary.From).ToList();
    }
}
