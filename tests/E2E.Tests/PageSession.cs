using Microsoft.Playwright;

namespace AgendaSearch.E2E.Tests;

/// <summary>
/// A fresh browser context and page on the app server for one test. It records script errors
/// and any request that leaves the server's origin (the page must fetch nothing from outside),
/// and <see cref="AssertClean"/> fails the test on either.
/// </summary>
internal sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly Uri baseAddress;
    private readonly List<string> problems = [];

    private PageSession(IBrowserContext context, IPage page, Uri baseAddress)
    {
        this.context = context;
        this.baseAddress = baseAddress;
        Page = page;
        page.PageError += (_, error) => problems.Add("script error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console error: " + message.Text);
            }
        };
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme is "http" or "https" && url.Authority != baseAddress.Authority)
            {
                problems.Add("request to another origin: " + request.Url);
            }
        };
    }

    public IPage Page { get; }

    public static async Task<PageSession> OpenAsync(BrowserFixture browser, AppServer server, string path, int width = 1280, int height = 900)
    {
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, server.BaseAddress);
        await page.GotoAsync(path);
        return session;
    }

    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    public void AssertClean() => Assert.Empty(problems);

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
