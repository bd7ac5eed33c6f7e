using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Minutes;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;
using AgendaSearch.Ingest.Reports;
using AgendaSearch.Ingest.Resolutions;

namespace AgendaSearch.Index.Tests.Trail;

/// <summary>
/// Two consecutive Scrutiny Commission packs after the seed corpus, as parsed packs: the 31 January
/// 2022 pack with its agenda and reports (item 8 the provisional MTFS), and the 9 March 2022 pack that
/// prints the 31 January minutes as its item 1; plus a Cabinet pack of 8 February 2022 whose report
/// cites minute 61 and the MTFS report by title. Each is mapped to records by the real RecordBuilder.
/// </summary>
internal static class ConsecutivePacks
{
    public const string Scrutiny = "Scrutiny Commission";
    public const string JanuaryPack = "scrutiny-commission-2022-01-31-agenda-pack";
    public const string MarchPack = "scrutiny-commission-2022-03-09-agenda-pack";
    public const string CabinetPack = "cabinet-2022-02-08-agenda-pack";

    public const string MtfsTitle = "Provisional Medium Term Financial Strategy 2022/23 - 2025/26";

    public static readonly DateOnly January = new(2022, 1, 31);
    public static readonly DateOnly March = new(2022, 3, 9);
    public static readonly DateOnly February = new(2022, 2, 8);

    public static readonly string JanuaryMeeting = RecordIds.Meeting(Scrutiny, January);
    public static readonly string MarchMeeting = RecordIds.Meeting(Scrutiny, March);
    public static readonly string Item8 = RecordIds.Item(JanuaryMeeting, 8);
    public static readonly string Item5 = RecordIds.Item(JanuaryMeeting, 5);
    public static readonly string Item9 = RecordIds.Item(JanuaryMeeting, 9);
    public static readonly string Minute58 = RecordIds.Minute(JanuaryMeeting, 58);
    public static readonly string Minute61 = RecordIds.Minute(JanuaryMeeting, 61);
    public static readonly string Minute62 = RecordIds.Minute(JanuaryMeeting, 62);
    public static readonly string ResolutionA = RecordIds.Resolution(Minute61, "a");
    public static readonly string ResolutionB = RecordIds.Resolution(Minute61, "b");
    public static readonly string ConfirmationItem = RecordIds.Item(MarchMeeting, 1);
    public static readonly string CabinetReport = RecordIds.Item(RecordIds.Meeting("Cabinet", February), 4);
    public static readonly string MarchReport = RecordIds.Item(MarchMeeting, 10);

    /// <summary>Pages 45-60 of the January pack: the MTFS report.</summary>
    public static readonly int[] MtfsPages = [45, 60];

    /// <summary>Pages 5-14 of the March pack: the January minutes.</summary>
    public static readonly int[] MinutesPages = [5, 14];

    public static AgendaPack JanuaryAgenda() => new(
        JanuaryPack + ".pdf",
        new Meeting(Scrutiny, January),
        [
            new AgendaItem(1, "Minutes of the meeting held on 10th November 2021"),
            new AgendaItem(5, "Declarations of interest in respect of items on the agenda"),
            new AgendaItem(8, MtfsTitle,
                ReportBy: "Director of Corporate Resources",
                Officers: ["Chris Tambini", "Declan Keegan"],
                Report: Report(MtfsTitle, "The medium term financial strategy sets the budget for four years.", MtfsPages)),
            new AgendaItem(9, "Corporate Ways of Working Programme - Delivery of Financial Savings",
                ReportBy: "Director of Corporate Resources",
                Officers: ["Gordon McFarlane"],
                Report: Report("Corporate Ways of Working", "The programme reshapes office space.", [61, 66])),
        ],
        null, [], [new Officer("Chris Tambini", ["Mr C Tambini"], ["Director of Corporate Resources"])], []);

    public static AgendaPack MarchAgenda() => new(
        MarchPack + ".pdf",
        new Meeting(Scrutiny, March),
        [
            new AgendaItem(1, "Minutes of the meeting held on 31st January 2022", StatedPages: MinutesPages),
            new AgendaItem(10, "2021/22 Medium Term Financial Strategy Monitoring (Period 10)",
                Report: Report("MTFS Monitoring",
                    "Spending is monitored against the Provisional Medium Term Financial Strategy 2022/23 - 2025/26.",
                    [43, 74])),
        ],
        new MinutesRecord(
            new MeetingRef(Scrutiny, January),
            AgendaItem: 1,
            Present: ["Mr. M. T. Mullaney CC (in the Chair)"],
            Chair: "Mr. M. T. Mullaney CC",
            InAttendance: [],
            Entries:
            [
                new MinuteEntry(58, "Declarations of interest", "No declarations were made.", [6, 6], []),
                new MinuteEntry(61, MtfsTitle,
                    "The Commission considered a report of the Director of Corporate Resources. A copy of the report "
                    + "marked 'Agenda Item 8' is filed with these minutes.",
                    [8, 10],
                    [
                        new Resolution("(a)", "That the report be noted;", [10, 10]),
                        new Resolution("(b)", "That the comments now made be forwarded to the Cabinet.", [10, 10]),
                    ],
                    ItemReference: 8),
                new MinuteEntry(62, "Corporate Ways of Working Programme - Delivery of Financial Savings",
                    "The Commission considered the programme.", [11, 11],
                    [new Resolution("", "That the report be noted.", [11, 11])]),
            ],
            Pages: MinutesPages),
        [], [], []);

    public static AgendaPack CabinetAgenda() => new(
        CabinetPack + ".pdf",
        new Meeting("Cabinet", February),
        [
            new AgendaItem(4, "Medium Term Financial Strategy 2022/23 to 2025/26",
                Report: Report("MTFS 2022-26",
                    "The comments of the Scrutiny Commission (minute 61 of its meeting on 31st January 2022) are appended.",
                    [20, 40])),
        ],
        null, [], [], []);

    /// <summary>A new in-memory index holding the given packs, written in the order given.</summary>
    public static ISearchIndex Index(params (string PackId, AgendaPack Pack)[] packs)
    {
        var index = SearchIndex.OpenInMemory();
        foreach (var (packId, pack) in packs)
        {
            index.ReplacePack(packId, RecordBuilder.Build(pack, packId));
        }

        index.Commit(new Dictionary<string, string>());
        return index;
    }

    public static (string, AgendaPack) TheJanuaryPack() => (JanuaryPack, JanuaryAgenda());

    public static (string, AgendaPack) TheMarchPack() => (MarchPack, MarchAgenda());

    public static (string, AgendaPack) TheCabinetPack() => (CabinetPack, CabinetAgenda());

    private static Report Report(string title, string text, int[] pages) =>
        new(title, "THE DIRECTOR OF CORPORATE RESOURCES", "To present the report.", null,
            [new OfficerContact("Mr C Tambini", "Director of Corporate Resources")], text, pages);
}
