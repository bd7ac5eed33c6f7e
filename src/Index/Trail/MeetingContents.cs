using AgendaSearch.Records;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Trail;

/// <summary>What the index holds of one meeting, read once per trail: its agenda items, minutes and resolutions.</summary>
internal sealed class MeetingContents(IReadOnlyList<SearchRecord> records)
{
    public static MeetingContents Read(ISearchIndex index, string? meetingId) =>
        new(meetingId is null ? [] : index.MeetingRecords(meetingId));

    public IEnumerable<SearchRecord> Items => records.Where(r => r.Type == RecordKind.Item);

    public IEnumerable<SearchRecord> Minutes => records.Where(r => r.Type == RecordKind.Minute);

    /// <summary>
    /// Whether the meeting's own pack is indexed: it has agenda items, or a meeting record read from
    /// its own front sheet rather than inferred from minutes printed elsewhere.
    /// </summary>
    public bool HasAgenda =>
        Items.Any() || records.Any(r => r.Type == RecordKind.Meeting && !r.Extra.ContainsKey(RecordExtras.DerivedFrom));

    public bool HasMinutes => Minutes.Any();

    /// <summary>The resolutions read under <paramref name="minuteId"/>, by label.</summary>
    public IEnumerable<SearchRecord> ResolutionsOf(string minuteId) =>
        records.Where(r => r.Type == RecordKind.Resolution && r.ParentId == minuteId);

    /// <summary>The item <paramref name="minute"/> records, and how it was linked; null when no link can be made.</summary>
    public (SearchRecord Item, string LinkedBy)? ItemOf(SearchRecord minute) => ItemLink.Find(minute, Items.ToList());

    /// <summary>The minutes that record <paramref name="item"/>, and how each was linked.</summary>
    public IEnumerable<(SearchRecord Minute, string LinkedBy)> MinutesOf(SearchRecord item)
    {
        var items = Items.ToList();
        foreach (var minute in Minutes)
        {
            if (ItemLink.Find(minute, items) is { } link && link.Item.Id == item.Id)
            {
                yield return (minute, link.LinkedBy);
            }
        }
    }
}
