using Microsoft.Playwright;

namespace AgendaSearch.E2E.Tests;

/// <summary>Ways the tests find things on the page the way a reader would: by heading and by title.</summary>
internal static class PageLocators
{
    /// <summary>The &lt;section&gt; headed <paramref name="heading"/>.</summary>
    public static ILocator Section(this IPage page, string heading) =>
        page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }) });

    /// <summary>The search hit titled exactly <paramref name="title"/>.</summary>
    public static ILocator Hit(this IPage page, string title) =>
        page.Locator(".hit").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });

    /// <summary>The ISO dates of the &lt;time&gt; elements <paramref name="times"/> finds, in page order.</summary>
    public static Task<string[]> DatesAsync(this ILocator times) =>
        times.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
}
