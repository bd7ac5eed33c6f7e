using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Packs;

public sealed class SectionSplitterTests
{
    private static IReadOnlyList<PackSection> Split(string name) =>
        SectionSplitter.Split(PackLines.Read(FixtureText.Load("Packs", name)));

    [Fact]
    public void Splits_front_sheet_minutes_and_reports()
    {
        var sections = Split("mixed-pack.txt");

        Assert.Equal([SectionKind.Front, SectionKind.Minutes, SectionKind.Report, SectionKind.Report], sections.Select(s => s.Kind));
        Assert.Equal([[1, 1], [3, 3], [4, 4], [5, 5]], sections.Select(s => s.Pages));
        Assert.Equal("CHAIR", sections[1].Lines[^1].Text);
    }

    [Fact]
    public void A_stamp_a_line_below_a_report_start_labels_it()
    {
        var sections = SectionSplitter.Split(PackLines.Read(FixtureText.Parse("t", """
            Minutes of a meeting of the Scrutiny Commission held at County Hall on Wednesday, 9 June 2021.
            1. Minutes
            The minutes were confirmed.
            2. Date of next meeting
            RESOLVED: It was noted that the next meeting would be held on 12th July 2021.
            10.30 - 11.38 am
            09 June 2021
            CHAIRMAN
            The Police and Crime Panel update 2020-21
            Agenda Item 8
            Performance
            The Panel held 6 public meetings.
            """)));

        Assert.Equal([SectionKind.Minutes, SectionKind.Report], sections.Select(s => s.Kind));
        Assert.Equal(8, sections[1].Item);
        Assert.Equal("The Police and Crime Panel update 2020-21", sections[1].Lines[0].Text);
    }

    [Fact]
    public void An_agenda_title_naming_minutes_does_not_start_minutes()
    {
        var sections = SectionSplitter.Split(PackLines.Read(FixtureText.Parse("t", """
            1.

            Minutes of the meeting held on 31st January
            2022

            2.

            Question Time.
            """)));

        Assert.Equal(SectionKind.Front, Assert.Single(sections).Kind);
    }

    [Fact]
    public void An_appended_report_of_a_task_group_stays_inside_its_item()
    {
        var sections = SectionSplitter.Split(PackLines.Read(FixtureText.Parse("t", """
            Agenda Item 8
            SCRUTINY COMMISSION – 9 MARCH 2022
            EXECUTIVE SUMMARY
            Purpose of the Report
            The appended report sets out the conclusions of the Task and Finish Group.
            This page is intentionally left blank
            REPORT OF THE SCRUTINY TASK AND FINISH GROUP CORPORATE WAYS OF WORKING
            Introduction
            """)));

        var only = Assert.Single(sections);
        Assert.Equal((SectionKind.Report, 8), (only.Kind, only.Item!.Value));
    }

    [Fact]
    public void Each_cover_sheet_starts_a_report()
    {
        var sections = SectionSplitter.Split(PackLines.Read(FixtureText.Parse("t", """
            From: Peter Oakford, Cabinet Member for Finance
            To: Cabinet – 23 March 2023
            Subject: Budget Monitoring Report
            Summary: The forecast position for December.
            --- page ---
            Report to | Cabinet
            Date of meeting | 23 March 2023
            Report of | Strategic Director of Place
            Title | Local Transport Plan 4
            1. Purpose of report
            """)));

        Assert.Equal([SectionKind.Report, SectionKind.Report], sections.Select(s => s.Kind));
        Assert.Equal("Report to: Cabinet", sections[1].Lines[0].Text);
    }
}
