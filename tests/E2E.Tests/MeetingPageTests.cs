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
        var agenda = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Agenda" }) });
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

        var minutes = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Minutes" }) });
        await Expect(minutes.Locator(".agenda__title")).ToHaveTextAsync([
            "Appointment of Chairman", "Question Time", "Annual Report on the Commercial Strategy",
        ]);
        var commercial = minutes.Locator(".agenda__item").Filter(new() { HasText = "Annual Report on the Commercial Strategy" });
        await Expect(commercial.Locator(".agenda__child")).ToHaveCountAsync(2);
        await Expect(minutes.Locator(".agenda__item").Filter(new() { HasText = "Question Time" }).Locator(".agenda__child"))
            .ToContainTextAsync("From Mrs Sharon Scott");
        session.AssertClean();
    }

    [Fact]
    public async Task The_start_page_lists_meetings_newest_first()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/");
        var page = session.Page;

        var dates = page.Locator(".meeting-list time");
        await Expect(dates.First).ToBeVisibleAsync();
        var values = await dates.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.Equal(["2022-03-09", "2022-01-25", "2021-07-12", "2021-06-09"], values);
        await page.Locator(".meeting-list a").First.ClickAsync();
        await Expect(page.Locator(".meeting__when")).ToContainTextAsync("9 March 2022");
        session.AssertClean();
    }
}
