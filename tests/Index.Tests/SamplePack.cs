using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Minutes;
using AgendaSearch.Ingest.Officers;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Questions;
using AgendaSearch.Ingest.Reports;
using AgendaSearch.Ingest.Resolutions;

namespace AgendaSearch.Index.Tests;

/// <summary>
/// A parsed pack built by hand after the 9 March 2022 Scrutiny Commission seed pack (see
/// shared/gold): it prints the minutes of 31 January 2022 as item 1 and a report as item 10.
/// </summary>
internal static class SamplePack
{
    public const string Page3 = "REPORT OF THE DIRECTOR OF CORPORATE RESOURCES\nPurpose of the report\nThe budget is monitored monthly.";
    public const string Page4 = "Background papers\nThe Medium Term Financial Strategy was approved in February.";

    public static readonly MinutesRecord Minutes = new(
        new MeetingRef("Scrutiny Commission", new DateOnly(2022, 1, 31)),
        AgendaItem: 1,
        Present: ["M. T. Mullaney", "T. Barkley"],
        Chair: "M. T. Mullaney",
        InAttendance: [],
        Entries:
        [
            new MinuteEntry(55, "Question Time", "The following question was put to the Chairman.", [5, 5], []),
            new MinuteEntry(61, "Medium Term Financial Strategy", "The Commission considered the strategy.", [6, 7],
            [
                new Resolution("(a)", "That the report be noted;", [7, 7]),
                new Resolution("(b)", "That the comments be forwarded to the Cabinet.", [7, 7]),
            ]),
            new MinuteEntry(62, "Date of next meeting", "The next meeting will be on 9 March 2022.", [7, 7],
                [new Resolution("", "That the next meeting be held on 9 March 2022.", [7, 7])]),
        ],
        Pages: [5, 7]);

    public static AgendaPack Build(bool withMeeting = true) => new(
        "scrutiny-commission-2022-03-09-agenda-pack.pdf",
        withMeeting ? new Meeting("Scrutiny Commission", new DateOnly(2022, 3, 9), From: "report-header") : null,
        [
            new AgendaItem(1, "Minutes of the meeting held on 31st January 2022", StatedPages: [5, 14]),
            new AgendaItem(10, "2021/22 Medium Term Financial Strategy Monitoring (Period 10)",
                ReportBy: "Director of Corporate Resources",
                Officers: ["Chris Tambini", "Declan Keegan"],
                Report: new Report(
                    "2021/22 MTFS Monitoring", "THE DIRECTOR OF CORPORATE RESOURCES", "To report the position.", null,
                    [new OfficerContact("Mr C Tambini", "Director of Corporate Resources"), new OfficerContact("Mr D Keegan")],
                    Page3 + "\n" + Page4,
                    [3, 4])),
        ],
        Minutes,
        [
            new Question("public", 55, "Mrs Sharon Scott", "Chairman", "Please can the Chairman explain the delay?", "It was agreed.", null, [5, 5]),
            new Question("member", null, "Mr. M. Hunt CC", "Mr C Tambini", "When will officers report?", "In June.", "And then?", [8, 8]),
        ],
        [new Officer("Chris Tambini", ["Mr C Tambini", "C Tambini"], ["Director of Corporate Resources"])],
        [Page(3, Page3), Page(4, Page4)]);

    private static PackPage Page(int number, string text) =>
        new(number, number, 595, 842, text.Split('\n').Select(line => new PageLine(line, 72, 700, 400, 11, false)).ToList());
}
