using AgendaSearch.Records;
using AgendaSearch.SearchApi.Tests.Support;

namespace AgendaSearch.SearchApi.Tests.Councils;

/// <summary>
/// Two councils whose cabinets met on the same day, each with an item 3 and a minute 12 (so their ids would
/// have been the same before ids carried the council), and one minute only Kent has.
/// </summary>
internal static class TwoCouncils
{
    public const string Kent = "Kent County Council";
    public const string Bristol = "Bristol City Council";
    public const string KentPack = "kent-cabinet-2025-01-30";
    public const string BristolPack = "bristol-cabinet-2025-01-30";

    public static readonly DateOnly Day = new(2025, 1, 30);
    public static readonly string KentMeeting = RecordIds.Meeting(Kent, "Cabinet", Day);
    public static readonly string BristolMeeting = RecordIds.Meeting(Bristol, "Cabinet", Day);

    public static TestApi SeedTwoCouncils(this TestApi api) => api
        .Seed(KentPack, Records(Kent, KentPack, withMinute13: true))
        .Seed(BristolPack, Records(Bristol, BristolPack, withMinute13: false));

    public static SearchRecord Record(string council, string packId, RecordKind type, string suffix, string title, string text) => new()
    {
        Id = suffix.Length == 0 ? RecordIds.Meeting(council, "Cabinet", Day) : $"{RecordIds.Meeting(council, "Cabinet", Day)}:{suffix}",
        Type = type,
        Body = "Cabinet",
        Council = council,
        MeetingDate = Day,
        PackId = packId,
        Title = title,
        Text = text,
        Pages = [1, 2],
        Sources = [packId],
        MeetingId = RecordIds.Meeting(council, "Cabinet", Day),
    };

    private static SearchRecord[] Records(string council, string packId, bool withMinute13)
    {
        var records = new List<SearchRecord>
        {
            Record(council, packId, RecordKind.Meeting, "", $"Cabinet \u2013 30 January 2025", "Council Chamber"),
            Record(council, packId, RecordKind.Item, "item-3", "School transport", $"The {council} school transport budget.") with { ItemNumber = 3 },
            Record(council, packId, RecordKind.Minute, "minute-12", "School transport", "The Cabinet considered the school transport budget.") with { MinuteNumber = 12 },
        };
        if (withMinute13)
        {
            records.Add(Record(council, packId, RecordKind.Minute, "minute-13", "Highways", "The Cabinet considered the highways budget.") with { MinuteNumber = 13 });
        }

        return [.. records];
    }
}
