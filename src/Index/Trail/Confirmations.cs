using System.Globalization;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Trail;

/// <summary>
/// Where a meeting's minutes were printed for confirmation: each later pack that is a source of the
/// minute records, with the meeting it was published for and the item it prints them under ("1.
/// Minutes of the meeting held on 31st January 2022"). The minutes are the same records wherever
/// printed (one id, several sources), so this is what ties the next pack to the trail.
/// </summary>
internal sealed class Confirmations(ISearchIndex index)
{
    public IEnumerable<TrailStep> Of(IReadOnlyList<SearchRecord> minutes)
    {
        foreach (var packId in minutes.SelectMany(m => m.Sources).Distinct(StringComparer.Ordinal))
        {
            var first = minutes.First(m => m.Sources.Contains(packId));
            var carrier = Carrier(packId, first);
            if (carrier is not null && carrier.Id == first.MeetingId)
            {
                continue;
            }

            // Pages and the item are known for the version of the record read from this pack.
            var printed = minutes.Where(m => m.PackId == packId && m.Pages.Length > 0).ToList();
            var item = printed
                .Select(m => int.TryParse(m.Extra.GetValueOrDefault(RecordExtras.PrintedUnderItem), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null)
                .FirstOrDefault(n => n is not null);
            yield return new TrailStep(TrailKind.Confirmation, TrailStatus.Found)
            {
                Record = carrier is not null && item is { } number ? index.Get(RecordIds.Item(carrier.Id, number)) : null,
                MeetingId = carrier?.Id,
                MeetingDate = carrier?.MeetingDate,
                ItemNumber = item,
                PackId = packId,
                Pages = printed.Count > 0 ? [printed.Min(m => m.Pages[0]), printed.Max(m => m.Pages[^1])] : null,
                LinkedBy = TrailLink.PrintedIn,
            };
        }
    }

    /// <summary>The meeting a pack was published for: its own meeting record, not one inferred from minutes.</summary>
    private SearchRecord? Carrier(string packId, SearchRecord minute) =>
        index.Meetings(minute.Body, minute.MeetingDate, null)
            .FirstOrDefault(m => m.PackId == packId && !m.Extra.ContainsKey(RecordExtras.DerivedFrom));
}
