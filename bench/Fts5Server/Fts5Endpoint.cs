using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace AgendaSearch.Fts5Server;

/// <summary>
/// GET /api/search over the FTS5 database on Kestrel, as the real API runs: one pooled read-only connection per
/// request, the response written as JSON in the API's shape ({total, page, pageSize, hits, facets}).
/// </summary>
internal static class Fts5Endpoint
{
    public static int Run(string dbPath, string[] args)
    {
        if (!File.Exists(dbPath))
        {
            Console.Error.WriteLine($"no database {dbPath}; run `build` first");
            return 2;
        }
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
        app.MapGet("/healthz", () => TypedResults.Ok("ok"));
        app.MapGet("/api/search", async (HttpContext context) =>
        {
            var request = Fts5Request.Read(context.Request.Query);
            Fts5Results results;
            using (var connection = new SqliteConnection(connectionString))
            {
                connection.Open();
                results = new Fts5Search(connection).Run(request);
            }
            context.Response.ContentType = "application/json; charset=utf-8";
            await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
            Write(json, request, results);
            await json.FlushAsync();
        });
        app.Run();
        return 0;
    }

    private static void Write(Utf8JsonWriter json, Fts5Request request, Fts5Results results)
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
