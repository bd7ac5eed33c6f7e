using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgendaSearch.E2E.Tests;

[Collection(CouncilCollection.Name)]
public sealed class CouncilPageTests(BrowserFixture browser, CouncilAppServer server)
{
    [Fact]
    public async Task The_council_facet_filters_and_every_result_names_its_council()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?q=policy");
        var page = session.Page;

        var facet = page.Locator("fieldset.facet").Filter(new() { Has = page.Locator("legend", new() { HasText = "Council" }) });
        await Expect(facet.Locator(".facet__value")).ToHaveTextAsync([CouncilAppServer.Bristol, CouncilAppServer.Kent]);
        await Expect(page.Locator(".hit__council")).ToHaveCountAsync(2);

        await facet.GetByLabel(CouncilAppServer.Kent).CheckAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"council=Kent\+County\+Council"));
        await Expect(page.Locator(".hit__council")).ToHaveTextAsync([CouncilAppServer.Kent]);
        session.AssertClean();
    }

    [Fact]
    public async Task A_meeting_lists_every_resolution_without_a_second_search()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "about:blank");
        var page = session.Page;
        var searches = 0;
        page.Request += (_, request) => searches += request.Url.Contains("/api/search", StringComparison.Ordinal) ? 1 : 0;

        await page.GotoAsync("/?meeting=" + Uri.EscapeDataString(CouncilAppServer.KentMeeting));

        await Expect(page.Locator(".meeting__council")).ToHaveTextAsync(CouncilAppServer.Kent);
        var resolutions = page.Section("Minutes").Locator(".agenda__child");
        await Expect(resolutions).ToHaveCountAsync(CouncilAppServer.KentResolutions);
        await Expect(resolutions.Last).ToHaveTextAsync($"Resolution ({CouncilAppServer.KentResolutions}) Decision {CouncilAppServer.KentResolutions} on school transport.");
        Assert.Equal(0, searches);
        session.AssertClean();
    }

    [Fact]
    public async Task A_record_shows_its_council_and_cites_it()
    {
        await using var session = await PageSession.OpenAsync(browser, server, "/?doc=" + Uri.EscapeDataString(CouncilAppServer.KentItem));
        var page = session.Page;

        await Expect(page.Locator(".record__council")).ToHaveTextAsync(CouncilAppServer.Kent);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Permanent link" }))
            .ToHaveAttributeAsync("href", "/r/kent-county-council/cabinet/2025-01-30/item-3");
        session.AssertClean();
    }
}
