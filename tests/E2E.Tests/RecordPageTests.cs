using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgendaSearch.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class RecordPageTests(BrowserFixture browser, AppServer server)
{
    [Fact]
    public async Task A_result_opens_its_record_with_full_text_marks_and_its_meeting()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=budget");
        var page = session.Page;

        await page.Hit("2020/21 Provisional Revenue and Capital Outturn").GetByRole(AriaRole.Link).First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/\?doc=" + Regex.Escape(Uri.EscapeDataString(SeedRecords.OutturnItem)) + "&q=budget$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("2020/21 Provisional Revenue and Capital Outturn");
        await Expect(page.Locator("#view-heading")).ToBeFocusedAsync();
        await Expect(page.Locator(".record-text")).ToContainTextAsync("Vacancy Management - £1.4m underspend");
        await Expect(page.Locator(".record-text mark").First).ToHaveTextAsync(new Regex("^budget", RegexOptions.IgnoreCase));
        await Expect(page.Locator(".facts")).ToContainTextAsync("Director of Corporate Resources");
        await Expect(page.Locator(".page-marker")).ToHaveTextAsync(["p. 23 (open in the PDF)", "p. 24 (open in the PDF)"]);
        await Expect(page.Locator(".page-marker").Last).ToHaveAttributeAsync("href", $"/api/packs/{SeedRecords.July2021Pack}/pdf#page=24");

        var context = page.Section("In this meeting");
        await Expect(context.GetByRole(AriaRole.Link, new() { Name = "Scrutiny Commission, 12 July 2021" })).ToBeVisibleAsync();
        await Expect(context.Locator("[aria-current=page]")).ToHaveTextAsync("9. 2020/21 Provisional Revenue and Capital Outturn");
        await Expect(context.GetByRole(AriaRole.Link, new() { Name = "10. Corporate Complaints and Compliments Annual Report" })).ToBeVisibleAsync();
        session.AssertClean();
    }

    [Fact]
    public async Task The_pdf_link_points_at_the_pack_page_and_serves_the_pdf()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?doc=" + Uri.EscapeDataString(SeedRecords.OutturnItem));
        var page = session.Page;

        var link = page.GetByRole(AriaRole.Link, new() { Name = "Open the PDF at page 23" });
        await Expect(link).ToHaveAttributeAsync("href", new Regex($"^/api/packs/{SeedRecords.July2021Pack}/pdf#page=23$"));

        var href = (await link.GetAttributeAsync("href"))!;
        var response = await page.APIRequest.GetAsync(href.Split('#')[0]);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/pdf", response.Headers["content-type"]);
        Assert.Equal("%PDF-"u8.ToArray(), (await response.BodyAsync())[..5]);
        var corpusFile = Path.Combine(Repository.Corpus, SeedRecords.July2021Pack + ".pdf");
        Assert.Equal(new FileInfo(corpusFile).Length, (await response.BodyAsync()).Length);

        // Following it navigates the page to the PDF itself (the fragment selects the page in the viewer).
        var navigation = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(), r => r.Url.Contains("/pdf"));
        Assert.Equal(200, navigation.Status);
        Assert.EndsWith("#page=23", page.Url);
    }

    [Fact]
    public async Task A_minute_lists_its_resolutions_and_a_resolution_names_its_minute()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?doc=" + Uri.EscapeDataString(SeedRecords.CommercialMinute));
        var page = session.Page;
        await Expect(page.Locator("h1")).ToHaveTextAsync("Annual Report on the Commercial Strategy");
        await Expect(page.Locator(".record__kind")).ToContainTextAsync("Minute 11");

        var current = page.Locator(".outline li").Filter(new() { Has = page.Locator("[aria-current=page]") });
        await current.GetByRole(AriaRole.Link, new() { Name = "Resolution (b)", Exact = true }).ClickAsync();

        await Expect(page.Locator(".record-text")).ToContainTextAsync("forwarded to the Cabinet");
        await Expect(page.Locator(".panel__parent")).ToHaveTextAsync("Part of Minute 11: Annual Report on the Commercial Strategy");
        await page.GoBackAsync();
        await Expect(page.Locator(".record-text")).ToContainTextAsync("school meals service");
        session.AssertClean();
    }

    [Fact]
    public async Task Related_records_are_listed_and_open()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?doc=" + Uri.EscapeDataString(SeedRecords.OutturnItem));
        var page = session.Page;
        var related = page.Section("Related records");

        var first = related.Locator(".hit__title a").First;
        await Expect(first).ToBeVisibleAsync();
        var title = await first.InnerTextAsync();
        Assert.NotEqual("2020/21 Provisional Revenue and Capital Outturn", title);
        await first.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        session.AssertClean();
    }

    [Fact]
    public async Task Printed_line_breaks_are_joined_within_sentences_and_after_margin_numbers_and_kept_before_numbered_paragraphs()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?doc=" + Uri.EscapeDataString(SeedRecords.ComplaintsItem));

        var text = await session.Page.Locator(".record-text").InnerTextAsync();

        Assert.Equal(
            "1. The purpose of this report is to present the Corporate Complaints and Compliments Annual Report, covering the period from 1 April 2020 to 31 March 2021.\n"
            + "2. 527 corporate complaints were received, a 21% increase; 210 were upheld. The budget for the Complaints and Information Team is unchanged.",
            text.Trim());
        session.AssertClean();
    }

    [Fact]
    public async Task An_unknown_record_says_so()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?doc=" + Uri.EscapeDataString("no-such:record"));
        var alert = session.Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToBeVisibleAsync();
        await Expect(alert.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(session.Page.Locator("[id=view-heading]")).ToHaveCountAsync(1);
    }
}
