using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgendaSearch.E2E.Tests;

/// <summary>
/// axe-core (shipped inside its NuGet package, run in the page) checks every view against the
/// WCAG 2.1 A and AA rules it automates, contrast included, in the light and the dark scheme and
/// at phone width. It cannot judge everything (reading order, sensible labels), so the keyboard
/// and focus behaviour has its own tests in <see cref="AccessibilityTests"/>.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AxeTests(BrowserFixture browser, AppServer server)
{
    public static TheoryData<string, string> Views() => new()
    {
        { "start page", "/" },
        { "results", "/?q=budget&type=item" },
        { "no results", "/?q=zebra" },
        { "acronym results", "/?q=MTFS" },
        { "record", "/?doc=" + Uri.EscapeDataString(SeedRecords.OutturnItem) + "&q=budget" },
        { "meeting", "/?meeting=" + Uri.EscapeDataString(SeedRecords.June2021) },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public Task Light_scheme_desktop(string view, string path) => AssertNoViolationsAsync(view, path, ColorScheme.Light, 1280);

    [Theory]
    [MemberData(nameof(Views))]
    public Task Dark_scheme_phone(string view, string path) => AssertNoViolationsAsync(view, path, ColorScheme.Dark, 390);

    private async Task AssertNoViolationsAsync(string view, string path, ColorScheme scheme, int width)
    {
        await using var session = await PageSession.OpenAsync(browser, server, path, width, 900);
        var page = session.Page;
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await Expect(page.Locator("#view-heading")).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("#syntax-help summary").ClickAsync();

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        var problems = result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Html}"));
        Assert.True(result.Violations.Length == 0, $"{view} {scheme} {width}px:\n" + string.Join('\n', problems));
        session.AssertClean();
    }
}
