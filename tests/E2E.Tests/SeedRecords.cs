using AgendaSearch.Records;

namespace AgendaSearch.E2E.Tests;

/// <summary>
/// A small, hand-checked set of records from the two seed packs (titles, officers, people and
/// pages as printed in corpus/), so page tests do not depend on the parsers' progress.
/// The July 2021 pack prints the minutes of 9 June 2021, so those records belong to that meeting.
/// </summary>
internal static class SeedRecords
{
    public const string July2021Pack = "scrutiny-commission-2021-07-12-agenda-pack";
    public const string March2022Pack = "scrutiny-commission-2022-03-09-agenda-pack";
    public const string Body = "Scrutiny Commission";

    public static readonly string July2021 = RecordIds.Meeting(Body, new DateOnly(2021, 7, 12));
    public static readonly string June2021 = RecordIds.Meeting(Body, new DateOnly(2021, 6, 9));
    public static readonly string March2022 = RecordIds.Meeting(Body, new DateOnly(2022, 3, 9));

    public static readonly string OutturnItem = RecordIds.Item(July2021, 9);
    public static readonly string ComplaintsItem = RecordIds.Item(July2021, 10);
    public static readonly string CommercialMinute = RecordIds.Minute(June2021, 11);

    public static IReadOnlyList<SearchRecord> July2021Records()
    {
        var june = new DateOnly(2021, 6, 9);
        var july = new DateOnly(2021, 7, 12);
        return
        [
            Record(July2021, "meeting", july, July2021Pack, July2021) with
            {
                Title = "Scrutiny Commission \u2013 12 July 2021",
                Text = "10:00\nCouncil Chamber, County Hall, Glenfield\n9. 2020/21 Provisional Revenue and Capital Outturn\n10. Corporate Complaints and Compliments Annual Report",
                Pages = [1, 162],
                Extra = new Dictionary<string, string>
                {
                    ["time"] = "10:00",
                    ["location"] = "Council Chamber, County Hall, Glenfield",
                    ["contact"] = "Mrs J Twomey",
                    ["chair"] = "Mr. M. T. Mullaney CC",
                    ["membership"] = "Mr. M. T. Mullaney CC; Mr. T. Barkley CC; Mrs. H. J. Fryer CC; Mr. S. J. Galton CC",
                },
            },
            Record(OutturnItem, "item", july, July2021Pack, July2021) with
            {
                Title = "2020/21 Provisional Revenue and Capital Outturn",
                ItemNumber = 9,
                Officers = ["Chris Tambini", "Declan Keegan"],
                Pages = [23, 24],
                PageStarts = [0, 260],
                Text = "Social Care legal costs - £0.9m overspend. There has been an increased volume of new court proceedings.\n"
                    + "Vacancy Management - £1.4m underspend across service areas, within the revenue budget for the year.\n"
                    + "Public Health: the Department is on budget. There are underspends of £1.3m, mainly due to reducing numbers of health checks.\n"
                    + "Transport budgets show a net underspend of £4.6m, mainly due to the reduction of services during the Covid-19 pandemic.",
                Extra = new Dictionary<string, string> { ["reportOf"] = "Director of Corporate Resources" },
            },
            Record(ComplaintsItem, "item", july, July2021Pack, July2021) with
            {
                Title = "Corporate Complaints and Compliments Annual Report",
                ItemNumber = 10,
                Officers = ["Simon Parsons"],
                Pages = [68, 69],
                // Line breaks as the PDF prints them: mid-sentence, and before a numbered paragraph.
                Text = "1. The purpose of this report is to present the Corporate Complaints and Compliments\n"
                    + "Annual Report, covering the period from 1 April 2020 to 31 March 2021.\n"
                    + "2.\n527 corporate complaints were received, a 21% increase; 210 were upheld. The budget\n"
                    + "for the Complaints and Information Team is unchanged.",
                Extra = new Dictionary<string, string> { ["reportOf"] = "Director of Corporate Resources" },
            },
            Record(RecordIds.Item(July2021, 13), "item", july, July2021Pack, July2021) with
            {
                Title = "Date of next meeting",
                ItemNumber = 13,
                Text = "The next meeting of the Commission is scheduled to take place on 8th September 2021 at 10.30am.",
            },
            Record(June2021, "meeting", june, July2021Pack, June2021) with
            {
                Title = "Scrutiny Commission \u2013 9 June 2021",
                Text = "1. Appointment of Chairman\n5. Question Time\n11. Annual Report on the Commercial Strategy",
                Pages = [5, 14],
                Extra = new Dictionary<string, string> { ["chair"] = "Mr. M. T. Mullaney CC", ["derivedFrom"] = "minutes" },
            },
            Record(RecordIds.Minute(June2021, 1), "minute", june, July2021Pack, June2021) with
            {
                Title = "Appointment of Chairman",
                MinuteNumber = 1,
                Pages = [5, 5],
                Text = "RESOLVED: That it be noted that Mr. M. T. Mullaney CC has been appointed Chairman of the Scrutiny Commission.",
            },
            Record(RecordIds.Minute(June2021, 5), "minute", june, July2021Pack, June2021) with
            {
                Title = "Question Time",
                MinuteNumber = 5,
                Pages = [6, 7],
                Text = "The following question, received under Standing Order 34, was put to the Chairman of the Scrutiny Commission.",
            },
            Record(RecordIds.Question(RecordIds.Minute(June2021, 5), 1), "question", june, July2021Pack, June2021) with
            {
                Title = "Question asked by Mrs Sharon Scott",
                MinuteNumber = 5,
                AskedBy = "Mrs Sharon Scott",
                AnsweredBy = "Chairman",
                Pages = [6, 7],
                ParentId = RecordIds.Minute(June2021, 5),
                Text = "Please can the Chairman confirm that the Strategic Growth Plan (SGP) is no longer fit for purpose and should be reviewed, given the budget pressures on road schemes?",
            },
            Record(CommercialMinute, "minute", june, July2021Pack, June2021) with
            {
                Title = "Annual Report on the Commercial Strategy",
                MinuteNumber = 11,
                Pages = [11, 12],
                Text = "The Commission considered a report of the Director of Corporate Resources on the Commercial Strategy. "
                    + "The school meals service had generated in the region of £1m in income, reducing the savings to be found elsewhere in the budget.",
            },
            Record(RecordIds.Resolution(CommercialMinute, "a"), "resolution", june, July2021Pack, June2021) with
            {
                Title = "Annual Report on the Commercial Strategy",
                MinuteNumber = 11,
                ResolutionLabel = "a",
                Pages = [12, 12],
                ParentId = CommercialMinute,
                Text = "That the update on the Commercial Strategy and the budget position of the traded services be noted.",
            },
            Record(RecordIds.Resolution(CommercialMinute, "b"), "resolution", june, July2021Pack, June2021) with
            {
                Title = "Annual Report on the Commercial Strategy",
                MinuteNumber = 11,
                ResolutionLabel = "b",
                Pages = [12, 12],
                ParentId = CommercialMinute,
                Text = "That the comments now made be forwarded to the Cabinet for consideration.",
            },
        ];
    }

    public static IReadOnlyList<SearchRecord> March2022Records()
    {
        var march = new DateOnly(2022, 3, 9);
        return
        [
            Record(March2022, "meeting", march, March2022Pack, March2022) with
            {
                Title = "Scrutiny Commission \u2013 9 March 2022",
                Text = "Council Chamber, County Hall, Glenfield",
                Pages = [1, 3],
            },
            Record(RecordIds.Item(March2022, 10), "item", march, March2022Pack, March2022) with
            {
                Title = "2021/22 Medium Term Financial Strategy Monitoring (Period 10)",
                ItemNumber = 10,
                Officers = ["Chris Tambini", "Declan Keegan"],
                Pages = [129, 135],
                Text = "The Local Authority budget is forecast to underspend. Capital Financing - £1.1m increased contribution to the capital programme, "
                    + "from the 2019/20 Business Rates Pilot proceeds becoming available in 2021/22.",
                Extra = new Dictionary<string, string> { ["reportOf"] = "Director of Corporate Resources" },
            },
        ];
    }

    public const string CabinetPack = "cabinet-2022-01-25-agenda-pack";

    /// <summary>
    /// Enough records under one query ("capital") to need two pages of results, in a pack with
    /// no PDF file, plus one whose title holds markup that must show as text.
    /// </summary>
    public static IReadOnlyList<SearchRecord> CabinetRecords()
    {
        var date = new DateOnly(2022, 1, 25);
        var meetingId = RecordIds.Meeting("Cabinet", date);
        var schemes = Enumerable.Range(1, 24).Select(n => Record(RecordIds.Item(meetingId, n), "item", date, CabinetPack, meetingId) with
        {
            Body = "Cabinet",
            Title = $"Capital scheme {n}: school places",
            ItemNumber = n,
            Officers = [SchemeOfficers[n % SchemeOfficers.Length]],
            Text = $"Approval of capital scheme {n} for additional school places.",
        });
        return
        [
            Record(meetingId, "meeting", date, CabinetPack, meetingId) with
            {
                Body = "Cabinet",
                Title = "Cabinet \u2013 25 January 2022",
                Text = "Capital schemes for school places",
            },
            .. schemes,
            Record(RecordIds.Item(meetingId, 25), "item", date, CabinetPack, meetingId) with
            {
                Body = "Cabinet",
                Title = MarkupTitle,
                ItemNumber = 25,
                Text = "Fees and charges <b>tariff</b> for the capital programme.",
            },
        ];
    }

    /// <summary>Twelve officers across the Cabinet schemes: more than the officer filter lists before "Show all".</summary>
    public static readonly string[] SchemeOfficers =
    [
        "Jane Moore", "Sharon Wiggins", "Alison Bradley", "Ravi Patel", "Mark Holland", "Fiona Smith",
        "Gemma Jones", "Peter Ward", "Lucy Carter", "Tom Hughes", "Nadia Khan", "Owen Price",
    ];

    public const string MarkupTitle = "Fees & charges <img src=x onerror=\"document.body.dataset.pwned=1\">";

    private static SearchRecord Record(string id, string type, DateOnly date, string packId, string meetingId) => new()
    {
        Id = id,
        Type = RecordKinds.Parse(type),
        Body = Body,
        MeetingDate = date,
        PackId = packId,
        Title = "",
        Text = "",
        Sources = [packId],
        MeetingId = meetingId,
    };
}
