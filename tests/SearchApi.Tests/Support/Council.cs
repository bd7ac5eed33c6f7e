using AgendaSearch.Records;

namespace AgendaSearch.SearchApi.Tests.Support;

/// <summary>
/// Hand-made records of three meetings in three packs, written in shuffled order so that the
/// API's ordering is the index's doing, not the seed's. Ids follow <see cref="RecordIds"/>.
/// </summary>
internal static class Council
{
    public const string Scrutiny = "Scrutiny Commission";
    public const string Cabinet = "Cabinet";

    public const string JanuaryPack = "scrutiny-commission-2022-01-31-agenda-pack";
    public const string JulyPack = "cabinet-2021-07-12-agenda-pack";
    public const string MarchPack = "scrutiny-commission-2021-03-09-agenda-pack";

    public static readonly DateOnly January = new(2022, 1, 31);
    public static readonly DateOnly July = new(2021, 7, 12);
    public static readonly DateOnly March = new(2021, 3, 9);

    public static readonly string JanuaryMeeting = RecordIds.Meeting(Scrutiny, January);
    public static readonly string JulyMeeting = RecordIds.Meeting(Cabinet, July);
    public static readonly string MarchMeeting = RecordIds.Meeting(Scrutiny, March);

    public static readonly string WaysOfWorking = RecordIds.Item(JanuaryMeeting, 9);
    public static readonly string BudgetMonitoring = RecordIds.Item(JanuaryMeeting, 5);
    public static readonly string Declarations = RecordIds.Minute(JanuaryMeeting, 60);
    public static readonly string BudgetMinute = RecordIds.Minute(JanuaryMeeting, 61);
    public static readonly string ResolutionA = RecordIds.Resolution(BudgetMinute, "a");
    public static readonly string ResolutionB = RecordIds.Resolution(BudgetMinute, "b");
    public static readonly string Question = RecordIds.Question(Declarations, 1);
    public static readonly string BudgetStrategy = RecordIds.Item(JulyMeeting, 3);
    public static readonly string CabinetMinute = RecordIds.Minute(JulyMeeting, 12);
    public static readonly string Libraries = RecordIds.Item(MarchMeeting, 1);

    /// <summary>
    /// Two pages of the report (pages 37-42 of the pack): "million" is only on the second, page 38,
    /// far enough into it that the snippet's passage starts on that page too.
    /// </summary>
    public const string WaysOfWorkingText =
        "The ways of working programme reshapes office space.\n"
        + "Savings are expected from the programme over several years, in all two million pounds.";

    /// <summary>Seeds all three packs.</summary>
    public static TestApi SeedCouncil(this TestApi api) => api
        .Seed(JanuaryPack, JanuaryRecords())
        .Seed(JulyPack, JulyRecords())
        .Seed(MarchPack, MarchRecords());

    /// <summary>Every record that is not a meeting (what an unfiltered search lists).</summary>
    public const int SearchableCount = 10;

    private static SearchRecord[] JanuaryRecords() =>
    [
        Record(WaysOfWorking, "item", "Ways of Working", WaysOfWorkingText, January, JanuaryPack, [37, 42]) with
        {
            ItemNumber = 9,
            Officers = ["Chris Tambini"],
            PageStarts = [0, WaysOfWorkingText.IndexOf("Savings", StringComparison.Ordinal)],
        },
        Record(ResolutionB, "resolution", "Budget",
            "That the Director report back on the savings programme.", January, JanuaryPack, [9, 9]) with
        {
            MinuteNumber = 61,
            ResolutionLabel = "b",
            ParentId = BudgetMinute,
        },
        Record(JanuaryMeeting, "meeting", "Scrutiny Commission, 31 January 2022",
            "Meeting of the Scrutiny Commission at City Hall.", January, JanuaryPack, [1, 2]) with
        {
            Extra = new Dictionary<string, string> { ["venue"] = "City Hall" },
        },
        Record(BudgetMinute, "minute", "Budget",
            "The Commission considered the budget and the savings programme.", January, JanuaryPack, [9, 9]) with
        {
            MinuteNumber = 61,
        },
        Record(Question, "question", "Public question on parking",
            "Why are parking charges rising?", January, JanuaryPack, [8, 8]) with
        {
            MinuteNumber = 60,
            AskedBy = "Jane Smith",
            AnsweredBy = "Councillor Brown",
            ParentId = Declarations,
        },
        Record(BudgetMonitoring, "item", "Budget Monitoring",
            "Revenue budget monitoring for period eight.", January, JanuaryPack, [20, 30]) with
        {
            ItemNumber = 5,
            Officers = ["Amy Oliver"],
        },
        Record(ResolutionA, "resolution", "Budget",
            "That the budget monitoring report be noted.", January, JanuaryPack, [9, 9]) with
        {
            MinuteNumber = 61,
            ResolutionLabel = "a",
            ParentId = BudgetMinute,
        },
        Record(Declarations, "minute", "Declarations of interest",
            "No declarations of interest were made.", January, JanuaryPack, [8, 8]) with
        {
            MinuteNumber = 60,
        },
    ];

    private static SearchRecord[] JulyRecords() =>
    [
        Record(JulyMeeting, "meeting", "Cabinet, 12 July 2021", "Meeting of the Cabinet.", July, JulyPack, [1, 1]),
        Record(BudgetStrategy, "item", "Budget Strategy",
            "The medium term budget strategy and the savings programme for office space.", July, JulyPack, [5, 12]) with
        {
            ItemNumber = 3,
            Officers = ["Alex Jones", "Chris Tambini"],
        },
        Record(CabinetMinute, "minute", "Budget Strategy",
            "Cabinet approved the budget strategy.", July, JulyPack, [3, 3]) with
        {
            MinuteNumber = 12,
        },
    ];

    private static SearchRecord[] MarchRecords() =>
    [
        Record(MarchMeeting, "meeting", "Scrutiny Commission, 9 March 2021", "Meeting of the Scrutiny Commission.",
            March, MarchPack, [1, 1]),
        Record(Libraries, "item", "Library Opening Hours",
            "Proposals for library opening hours.", March, MarchPack, [4, 6]) with
        {
            ItemNumber = 1,
            Officers = ["Amy Oliver"],
        },
    ];

    /// <summary>A record of one of the three meetings; the body is read from the id's first part.</summary>
    internal static SearchRecord Record(
        string id, string type, string title, string text, DateOnly date, string packId, int[] pages)
    {
        var body = id.StartsWith(RecordIds.Slug(Cabinet) + ":", StringComparison.Ordinal) ? Cabinet : Scrutiny;
        return new SearchRecord
        {
            Id = id,
            Type = RecordKinds.Parse(type),
            Body = body,
            MeetingDate = date,
            PackId = packId,
            Title = title,
            Text = text,
            Pages = pages,
            Sources = [packId],
            MeetingId = RecordIds.Meeting(body, date),
        };
    }
}
