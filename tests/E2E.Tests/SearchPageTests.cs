using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgendaSearch.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class SearchPageTests(BrowserFixture browser, AppServer server)
{
    [Fact]
    public async Task Searching_shows_hits_with_type_place_snippet_and_count()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/");
        var page = session.Page;

        await page.GetByLabel("Search agenda packs").FillAsync("budget");
        await page.GetByLabel("Search agenda packs").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=budget$"));
        await Expect(page.Locator("#view-heading")).ToHaveTextAsync("Results for “budget”");
        await Expect(page.Locator(".results-status")).ToHaveTextAsync(new Regex(@"^\d+ results in \d+ ms"));
        var outturn = page.Hit("2020/21 Provisional Revenue and Capital Outturn");
        await Expect(outturn.Locator(".badge")).ToHaveTextAsync("Report");
        await Expect(outturn.Locator(".hit__meta")).ToContainTextAsync("Scrutiny Commission · 12 July 2021 · Item 9");
        await Expect(outturn.Locator(".hit__snippet mark").First).ToHaveTextAsync(new Regex("^budget$", RegexOptions.IgnoreCase));
        await Expect(outturn.Locator(".hit__people")).ToHaveTextAsync("Officers: Chris Tambini, Declan Keegan");
        await Expect(page.Hit("Question asked by Mrs Sharon Scott").Locator(".hit__people"))
            .ToHaveTextAsync("Asked by Mrs Sharon Scott, answered by Chairman");
        await Expect(page.Locator("#announcer")).ToContainTextAsync("results for budget");
        session.AssertClean();
    }

    [Fact]
    public async Task Why_this_result_opens_the_lines_that_explain_the_hits_rank()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=budget");
        var page = session.Page;
        var outturn = page.Hit("2020/21 Provisional Revenue and Capital Outturn");

        await outturn.GetByText("Why this result?").ClickAsync();

        var lines = outturn.Locator(".hit__why li");
        await Expect(lines.Last).ToHaveTextAsync(new Regex(@"^total [\d.]+$"));
        await Expect(lines.First).ToHaveTextAsync(new Regex(@"matched 'budget'.* → [\d.]+ of [\d.]+$"));
        session.AssertClean();
    }

    [Fact]
    public async Task Ticking_a_facet_filters_the_results_and_puts_the_filter_in_the_url()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=budget");
        var page = session.Page;
        var minuteBox = page.GetByRole(AriaRole.Checkbox, new() { Name = "Minute" });
        var minuteCount = await FacetCountAsync(page, "Minute");

        await minuteBox.CheckAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=budget&type=minute$"));
        await Expect(page.Locator(".hit .badge")).ToHaveCountAsync(minuteCount);
        foreach (var badge in await page.Locator(".hit .badge").AllTextContentsAsync())
        {
            Assert.Equal("Minute", badge);
        }

        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Minute" })).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Minute" })).ToBeFocusedAsync();
        await Expect(page.Locator(".chip")).ToHaveTextAsync(new Regex("^Type: Minute"));
        session.AssertClean();
    }

    [Fact]
    public async Task Back_button_restores_the_previous_results()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=budget");
        var page = session.Page;
        await Expect(page.Locator(".hit")).Not.ToHaveCountAsync(0);
        var unfiltered = await page.Locator(".hit__title").AllTextContentsAsync();

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Report or agenda item" }).CheckAsync();
        await Expect(page).ToHaveURLAsync(new Regex("type=item"));
        await page.Hit("2020/21 Provisional Revenue and Capital Outturn").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("2020/21 Provisional Revenue and Capital Outturn");

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=budget&type=item$"));
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Report or agenda item" })).ToBeCheckedAsync();

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=budget$"));
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Report or agenda item" })).Not.ToBeCheckedAsync();
        await Expect(page.Locator(".hit__title")).ToHaveTextAsync(unfiltered.ToArray());
        await Expect(page.GetByLabel("Search agenda packs")).ToHaveValueAsync("budget");
        session.AssertClean();
    }

    [Fact]
    public async Task Back_from_a_record_returns_to_the_same_place_in_the_results()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=capital", height: 600);
        var page = session.Page;
        var hit = page.Locator(".hit").Nth(14);
        var title = await hit.Locator(".hit__title").InnerTextAsync();
        await hit.ScrollIntoViewIfNeededAsync();
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(scrolled > 600, $"the results should be long enough to scroll, scrollY {scrolled}");

        await hit.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await page.GoBackAsync();

        await Expect(page.Hit(title)).ToBeInViewportAsync();
        await page.WaitForFunctionAsync("y => Math.abs(window.scrollY - y) < 1", scrolled);
        session.AssertClean();
    }

    [Fact]
    public async Task Sorting_by_date_and_paging_are_links_that_keep_the_search()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=capital");
        var page = session.Page;
        await Expect(page.Locator(".results-status")).ToContainTextAsync("page 1 of 2");

        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=capital&page=2$"));
        await Expect(page.Locator("ol.hit-list")).ToHaveAttributeAsync("start", "21");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Page 2", Exact = true })).ToHaveAttributeAsync("aria-current", "page");

        await page.GetByRole(AriaRole.Link, new() { Name = "Newest first" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=capital&sort=date$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Newest first" })).ToHaveAttributeAsync("aria-current", "true");
        var dates = await page.Locator(".hit__meta time").DatesAsync();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        session.AssertClean();
    }

    [Fact]
    public async Task A_date_range_filters_by_meeting_date()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=budget");
        var page = session.Page;

        await page.GetByLabel("From").FillAsync("2022-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply dates" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=budget&from=2022-01-01$"));
        await Expect(page.Locator(".chip")).ToHaveTextAsync(new Regex("^Date: from 2022-01-01"));
        await Expect(page.Locator(".hit")).Not.ToHaveCountAsync(0);
        foreach (var date in await page.Locator(".hit__meta time").DatesAsync())
        {
            Assert.True(string.CompareOrdinal(date, "2022-01-01") >= 0, date);
        }

        session.AssertClean();
    }

    [Fact]
    public async Task A_query_the_index_cannot_read_shows_the_api_message()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=" + Uri.EscapeDataString("budget AND (police"));
        var page = session.Page;

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToBeVisibleAsync();
        var problem = await page.APIRequest.GetAsync("/api/search?q=" + Uri.EscapeDataString("budget AND (police"));
        Assert.Equal(400, problem.Status);
        var title = (await problem.JsonAsync())!.Value.GetProperty("title").GetString()!;
        await Expect(alert.Locator("h2")).ToHaveTextAsync(title);
        await Expect(page.Locator("[id=view-heading]")).ToHaveCountAsync(1);
    }

    private static async Task<int> FacetCountAsync(IPage page, string label)
    {
        var text = await page.Locator(".facet__row").Filter(new() { HasText = label }).Locator(".facet__count").First.InnerTextAsync();
        return int.Parse(Regex.Match(text, @"\d+").Value);
    }
}
