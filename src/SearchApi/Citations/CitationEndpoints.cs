using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgendaSearch.SearchApi.Citations;

/// <summary>
/// GET /r/{path}: a citation URL opens the record (or meeting) on the search page. It redirects to
/// the page's own state URL (/?doc=&lt;id&gt;, /?meeting=&lt;id&gt;) with 302, so the citation stays
/// the URL people keep and share while the page's query format stays free to change.
/// </summary>
internal static class CitationEndpoints
{
    public static IEndpointRouteBuilder MapCitationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(CitationLinks.Prefix + "{**path}", OpenCitation)
            .WithName("OpenCitation")
            .ExcludeFromDescription();
        return app;
    }

    internal static Results<RedirectHttpResult, NotFoundProblem> OpenCitation(string? path, ISearchIndex index)
    {
        if (CitationLinks.IdOf(path) is { } id && index.Get(id) is { } record)
        {
            var view = record.Type == RecordKind.Meeting ? "meeting" : "doc";
            return TypedResults.Redirect($"/?{view}={Uri.EscapeDataString(record.Id)}");
        }

        return Problems.NotFound(
            "No such record",
            $"Nothing is cited as \"{CitationLinks.Prefix}{path}\". Citation URLs come from records (url).");
    }
}
