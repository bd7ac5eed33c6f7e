using AgendaSearch.Records;
using AgendaSearch.Index.Trail;
using AgendaSearch.SearchApi.Citations;
using AgendaSearch.SearchApi.Contracts;

namespace AgendaSearch.SearchApi.Trail;

/// <summary>
/// One step of a trail, with its <see cref="Council"/>. <see cref="Kind"/>: item, report, minute, resolution, confirmation,
/// reference. <see cref="Status"/>: "found", or "not-in-corpus" (the pack that would hold it is not
/// indexed) or "not-found" (that pack is indexed but has no such record), with <see cref="Note"/>
/// saying so in words and no <see cref="Id"/>. <see cref="Current"/> marks the record asked about.
/// <see cref="LinkedBy"/> says how the step was tied to the chain (item-number, title, parent,
/// printed-in, mentions-minute, mentions-title). <see cref="Pdf"/> opens the pack at the step's
/// page: for a confirmation, where the later pack prints the minutes.
/// </summary>
internal sealed record TrailStepResponse(
    string Kind,
    string Status,
    bool Current,
    string? Id,
    string? Title,
    string? Council,
    string? Body,
    string? MeetingId,
    DateOnly? MeetingDate,
    int? ItemNumber,
    int? MinuteNumber,
    string? ResolutionLabel,
    IReadOnlyList<string> Officers,
    string? ReportOf,
    int[] Pages,
    string? Pdf,
    string? Url,
    string? Api,
    string? LinkedBy,
    string? Note)
{
    /// <summary>Extra key of an item's "REPORT OF ..." line (written by the ingest's RecordBuilder).</summary>
    private const string ReportOfKey = "reportOf";

    /// <param name="step">The step.</param>
    /// <param name="anchor">The record the trail was asked for: a trail stays within its council, so a step
    /// not in the corpus is of the anchor's council.</param>
    public static TrailStepResponse From(TrailStep step, SearchRecord anchor)
    {
        var anchorId = anchor.Id;
        var record = step.Record;
        var pages = step.Pages ?? record?.Pages ?? [];
        var packId = step.PackId ?? record?.PackId;
        return new(
            step.Kind.Name(),
            step.Status,
            record?.Id == anchorId && step.Kind != TrailKind.Report,
            record?.Id,
            record?.Title,
            record?.Council ?? anchor.Council,
            record?.Body,
            step.MeetingId,
            step.MeetingDate,
            step.ItemNumber,
            step.MinuteNumber,
            record?.ResolutionLabel,
            step.Kind == TrailKind.Item ? [] : record?.Officers ?? [],
            step.Kind == TrailKind.Report ? record?.Extra.GetValueOrDefault(ReportOfKey) : null,
            pages.Length > 0 ? [pages[0], pages[^1]] : [],
            packId is null ? null : ApiLinks.Pdf(packId, pages.Length > 0 ? pages[0] : null),
            record is null ? null : CitationLinks.Path(record.Id),
            record is null ? null : ApiLinks.Document(record.Id),
            step.LinkedBy,
            step.Note);
    }
}
