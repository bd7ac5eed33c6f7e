using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgendaSearch.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class MeetingPageTests(BrowserFixture browser, AppServer server)
{
    [Fact]
    public async Task A_meeting_shows_its_front_sheet_and_agenda_in_order()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?meeting=" + Uri.EscapeDataString(SeedRecords.July2021));
        var page = session.Page;

        await Expect(page.Locator("h1")).ToHaveTextAsync("Scrutiny Commission");
        await Expect(page.Locator(".meeting__when")).ToHaveTextAsync("Monday 12 July 2021 · 10:00");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Council Chamber, County Hall, Glenfield");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Mrs J Twomey");
        var agenda = page.Section("Agenda");
        await Expect(agenda.Locator(".agenda__title")).ToHaveTextAsync([
            "2020/21 Provisional Revenue and Capital Outturn",
            "Corporate Complaints and Compliments Annual Report",
            "Date of next meeting",
        ]);

        await agenda.GetByRole(AriaRole.Link, new() { Name = "Corporate Complaints and Compliments Annual Report", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?doc=" + Regex.Escape(Uri.EscapeDataString(SeedRecords.ComplaintsItem)) + "$"));
        await Expect(page.Locator(".record-text")).ToContainTextAsync("527 corporate complaints");
        session.AssertClean();
    }

    [Fact]
    public async Task A_meeting_known_from_its_minutes_lists_minutes_with_resolutions_and_questions()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?meeting=" + Uri.EscapeDataString(SeedRecords.June2021));
        var page = session.Page;

        var minutes = page.Section("Minutes");
        await Expect(minutes.Locator(".agenda__title")).ToHaveTextAsync([
            "Appointment of Chairman", "Question Time", "Annual Report on the Commercial Strategy",
        ]);
        var commercial = minutes.Locator(".agenda__item").Filter(new() { HasText = "Annual Report on the Commercial Strategy" });
        await Expect(commercial.Locator(".agenda__child")).ToHaveTextAsync([
            "Resolution (a) That the update on the Commercial Strategy and the budget position of the traded services be noted.",
            "Resolution (b) That the comments now made be forwarded to the Cabinet for consideration.",
        ]);
        await Expect(minutes.Locator(".agenda__item").Filter(new() { HasText = "Question Time" }).Locator(".agenda__child"))
            .ToContainTextAsync("From Mrs Sharon Scott");
        session.AssertClean();
    }

    [Fact]
    public async Task The_start_page_counts_records_and_lists_meetings_by_body_newest_first()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/");
        var page = session.Page;

        await Expect(page.Locator("#home-stats")).ToHaveTextAsync(
            "35 records indexed: 29 reports and agenda items, 3 minutes, 2 resolutions and 1 question.");
        var scrutiny = page.Locator(".meeting-group").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Scrutiny Commission" }) });
        await Expect(scrutiny.Locator("a")).ToHaveTextAsync(["Wednesday 9 March 2022", "Monday 12 July 2021", "Wednesday 9 June 2021"]);
        await Expect(page.Locator(".meeting-group h3")).ToHaveTextAsync(["Scrutiny Commission", "Cabinet"]);

        await scrutiny.GetByRole(AriaRole.Link, new() { Name = "Wednesday 9 June 2021" }).ClickAsync();
        await Expect(page.Locator(".meeting__when")).ToHaveTextAsync("Wednesday 9 June 2021");
        session.AssertClean();
    }
}
