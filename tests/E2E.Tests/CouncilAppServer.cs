using AgendaSearch.Index.Search;
using AgendaSearch.Records;

namespace AgendaSearch.E2E.Tests;

/// <summary>
/// The server with two councils' records: each council's cabinet met on the same day and printed an item on
/// school transport, and Kent's meeting has more resolutions than a search returns on one page.
/// </summary>
public sealed class CouncilAppServer : AppServer
{
    public const string Kent = "Kent County Council";
    public const string Bristol = "Bristol City Council";
    public const int KentResolutions = 130;

    public static readonly DateOnly Day = new(2025, 1, 30);
    public static readonly string KentMeeting = RecordIds.Meeting(Kent, "Cabinet", Day);
    public static readonly string KentItem = RecordIds.Item(KentMeeting, 3);

    protected override void Seed(ISearchIndex index)
    {
        index.ReplacePack("kent-cabinet-2025-01-30", Records(Kent, "kent-cabinet-2025-01-30", KentResolutions));
        index.ReplacePack("bristol-cabinet-2025-01-30", Records(Bristol, "bristol-cabinet-2025-01-30", 2));
    }

    private static List<SearchRecord> Records(string council, string packId, int resolutions)
    {
        var meetingId = RecordIds.Meeting(council, "Cabinet", Day);
        var minuteId = RecordIds.Minute(meetingId, 12);
        SearchRecord Record(string id, RecordKind kind, string title, string text) => new()
        {
            Id = id, Type = kind, Body = "Cabinet", Council = council, MeetingDate = Day, PackId = packId,
            Title = title, Text = text, Sources = [packId], MeetingId = meetingId, Pages = [3, 4],
        };

        return
        [
            Record(meetingId, RecordKind.Meeting, "Cabinet \u2013 30 January 2025", "School transport"),
            Record(RecordIds.Item(meetingId, 3), RecordKind.Item, "School transport", $"The {council} school transport policy.") with { ItemNumber = 3 },
            Record(minuteId, RecordKind.Minute, "School transport", "The Cabinet considered school transport.") with { MinuteNumber = 12 },
            .. Enumerable.Range(1, resolutions).Select(n =>
                Record(RecordIds.Resolution(minuteId, n.ToString()), RecordKind.Resolution, $"School transport \u2013 resolution ({n})", $"Decision {n} on school transport.") with
                {
                    MinuteNumber = 12,
                    ResolutionLabel = n.ToString(),
                    ParentId = minuteId,
                }),
        ];
    }
}
