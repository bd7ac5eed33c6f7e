using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgendaSearch.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, AppServer server)
{
    [Fact]
    public async Task The_page_has_landmarks_and_a_skip_link_that_moves_focus_to_the_main_content()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=budget");
        var page = session.Page;
        await Expect(page.Locator(".hit").First).ToBeVisibleAsync();

        await Expect(page.GetByRole(AriaRole.Banner)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Search)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Complementary, new() { Name = "Filter results" })).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Sort results" })).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#main")).ToBeFocusedAsync();
        session.AssertClean();
    }

    [Fact]
    public async Task Facets_work_from_the_keyboard_and_slash_focuses_the_search_box()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=budget");
        var page = session.Page;
        var question = page.GetByRole(AriaRole.Checkbox, new() { Name = "Question" });
        await Expect(question).ToBeVisibleAsync();

        await question.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(page).ToHaveURLAsync(new Regex("type=question"));
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Question" })).ToBeFocusedAsync();
        await Expect(page.Locator(".hit")).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("Space");
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=budget$"));

        await page.Locator("body").PressAsync("/");
        await Expect(page.GetByLabel("Search agenda packs")).ToBeFocusedAsync();
        session.AssertClean();
    }

    [Fact]
    public async Task A_long_officer_list_opens_fully_and_narrows_as_you_type()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=capital");
        var page = session.Page;
        var officers = page.Locator("fieldset").Filter(new() { Has = page.Locator("legend", new() { HasText = "Officer" }) });
        // The twelve scheme officers and the two on the outturn reports.
        var more = officers.GetByRole(AriaRole.Button, new() { Name = "Show all 14 officers" });
        await Expect(officers.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(8);

        await more.ClickAsync();
        await Expect(officers.GetByRole(AriaRole.Button, new() { Name = "Show fewer" })).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(officers.GetByRole(AriaRole.Button, new() { Name = "Show fewer" })).ToBeFocusedAsync();
        await Expect(officers.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(14);

        await officers.GetByLabel("Find an officer").FillAsync("pat");
        await Expect(officers.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(1);
        await officers.GetByRole(AriaRole.Checkbox, new() { Name = "Ravi Patel" }).CheckAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?q=capital&officer=Ravi\+Patel$"));
        await Expect(page.Locator(".hit__people")).ToHaveTextAsync(["Officer: Ravi Patel", "Officer: Ravi Patel"]);
        session.AssertClean();
    }

    [Fact]
    public async Task On_a_phone_the_filters_fold_behind_a_button()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=budget", width: 390, height: 844);
        var page = session.Page;
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Filters" });

        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(page.Locator("#filters")).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Minute" })).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways on a 390px screen");
        session.AssertClean();
    }

    [Fact]
    public async Task Text_from_the_api_is_shown_as_text_never_as_markup()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=" + Uri.EscapeDataString("fees charges"));
        var page = session.Page;

        var title = page.GetByRole(AriaRole.Heading, new() { Name = SeedRecords.MarkupTitle, Exact = true });
        await Expect(title).ToBeVisibleAsync();
        await Expect(page.Locator("#view img")).ToHaveCountAsync(0);
        await title.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(SeedRecords.MarkupTitle);
        await Expect(page.Locator(".record-text")).ToContainTextAsync("Fees and charges <b>tariff</b>");
        await Expect(page.Locator("#view img, #view b")).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<string?>("() => document.body.dataset.pwned ?? null"));
        session.AssertClean();
    }
}
