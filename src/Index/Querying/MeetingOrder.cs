using AgendaSearch.Records;

namespace AgendaSearch.Index.Querying;

/// <summary>
/// Document order of a meeting's records: the meeting, agenda items by number, minutes by number
/// each followed by its resolutions by label (numbered ones by number), then questions (by minute, then as numbered).
/// </summary>
internal sealed class MeetingOrder : IComparer<SearchRecord>
{
    public static readonly MeetingOrder Instance = new();

    public int Compare(SearchRecord? x, SearchRecord? y)
    {
        if (x is null || y is null)
        {
            return Comparer<object>.Default.Compare(x, y);
        }

        var byKey = Key(x).CompareTo(Key(y));
        return byKey != 0 ? byKey : string.CompareOrdinal(x.Id, y.Id);
    }

    private static (int Rank, int Number, string Group, int Part, int Sequence, string Label) Key(SearchRecord r) =>
        r.Type switch
        {
            RecordKind.Meeting => (0, 0, "", 0, 0, ""),
            RecordKind.Item => (1, r.ItemNumber ?? int.MaxValue, "", 0, 0, ""),
            RecordKind.Minute => (2, r.MinuteNumber ?? int.MaxValue, r.Id, 0, 0, ""),
            RecordKind.Resolution => (2, r.MinuteNumber ?? int.MaxValue, r.ParentId ?? "", 1, LabelNumber(r.ResolutionLabel), r.ResolutionLabel ?? ""),
            RecordKind.Question => (3, r.MinuteNumber ?? int.MaxValue, "", 0, TrailingNumber(r.Id), ""),
            // Text of the meeting's documents no other record holds, in page order.
            _ => (4, r.Pages.Length > 0 ? r.Pages[0] : int.MaxValue, "", 0, 0, r.Id),
        };

    /// <summary>The number of a numbered resolution ("(10)", "10."), so (10) follows (9); 0 for a lettered one.</summary>
    private static int LabelNumber(string? label) =>
        int.TryParse(label?.Trim('(', ')', '.', ' '), out var n) ? n : 0;

    /// <summary>The N of "...:question-N", so question-10 follows question-9.</summary>
    private static int TrailingNumber(string id)
    {
        var dash = id.LastIndexOf('-');
        return dash >= 0 && int.TryParse(id.AsSpan(dash + 1), out var n) ? n : 0;
    }
}
