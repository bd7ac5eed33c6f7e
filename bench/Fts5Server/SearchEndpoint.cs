using System.Text.Json;

namespace AgendaSearch.Fts5Server;

/// <summary>
/// GET /api/search over a baseline engine on Kestrel, as the real API runs: the response written as JSON in the
/// API's shape ({total, page, pageSize, hits, facets}). The engine's search runs once per request.
/// </summary>
internal static class SearchEndpoint
{
    public static int Run(string[] args, Func<BaselineRequest, Task<BaselineResults>> search)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/healthz", () => TypedResults.Ok("ok"));
        app.MapGet("/api/search", async (HttpContext context) =>
        {
            var request = BaselineRequest.Read(context.Request.Query);
            var results = await search(request);
            context.Response.ContentType = "application/json; charset=utf-8";
            await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
            Write(json, request, results);
            await json.FlushAsync();
        });
        app.Run();
        return 0;
    }

    private static void Write(Utf8JsonWriter json, BaselineRequest request, BaselineResults results)
    {
        json.WriteStartObject();
        json.WriteNumber("total", results.Total);
        json.WriteNumber("page", request.Page);
        json.WriteNumber("pageSize", request.PageSize);
        json.WriteStartArray("hits");
        foreach (var hit in results.Hits)
        {
            json.WriteStartObject();
            json.WritePropertyName("record");
            json.WriteRawValue(hit.Summary, skipInputValidation: true);
            json.WriteString("snippet", hit.Snippet);
            json.WriteNumber("score", hit.Score);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("facets");
        foreach (var (dimension, counts) in results.Facets)
        {
            json.WriteStartArray(dimension);
            foreach (var (value, count) in counts)
            {
                json.WriteStartObject();
                json.WriteString("value", value);
                json.WriteNumber("count", count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
