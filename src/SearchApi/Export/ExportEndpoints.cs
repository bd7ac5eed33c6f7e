using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Hosting;
using AgendaSearch.SearchApi.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AgendaSearch.SearchApi.Export;

/// <summary>
/// GET /api/search.csv and /api/search.ndjson: every hit of a search (the parameters of /api/search;
/// page and pageSize do not apply), up to <see cref="MaxRecords"/> or the smaller <c>limit</c> asked for.
/// </summary>
internal static class ExportEndpoints
{
    /// <summary>The most rows one export writes; X-Total-Count says how many matched.</summary>
    public const int MaxRecords = 100_000;

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search.csv", ExportCsv)
            .WithName("ExportCsv")
            .WithTags("Search");
        app.MapGet("/api/search.ndjson", ExportNdjson)
            .WithName("ExportNdjson")
            .WithTags("Search");
        return app;
    }

    /// <summary>Every hit of a search as CSV (RFC 4180, UTF-8 with a byte order mark), streamed.</summary>
    /// <param name="query">The query string of /api/search (page and pageSize do not apply).</param>
    /// <param name="limit">At most this many rows, 1 to 100000 (default 100000).</param>
    /// <param name="index">The search index (a service).</param>
    internal static Results<ExportResult, ValidationProblem> ExportCsv(
        [AsParameters] SearchQuery query, [FromQuery] string? limit, ISearchIndex index) =>
        Export(query, limit, index, new CsvFormat());

    /// <summary>Every hit of a search as newline-delimited JSON, streamed.</summary>
    /// <param name="query">The query string of /api/search (page and pageSize do not apply).</param>
    /// <param name="limit">At most this many rows, 1 to 100000 (default 100000).</param>
    /// <param name="index">The search index (a service).</param>
    internal static Results<ExportResult, ValidationProblem> ExportNdjson(
        [AsParameters] SearchQuery query, [FromQuery] string? limit, ISearchIndex index) =>
        Export(query, limit, index, new NdjsonFormat());

    private static Results<ExportResult, ValidationProblem> Export(
        SearchQuery query, string? limit, ISearchIndex index, IExportFormat format)
    {
        var check = new QueryParameters();
        var rows = check.Number("limit", limit, MaxRecords, 1, MaxRecords, $"a whole number from 1 to {MaxRecords} (default {MaxRecords})");
        return SearchRequests.Run(query, check, request => new ExportResult(index.Scan(request, rows), format));
    }
}
