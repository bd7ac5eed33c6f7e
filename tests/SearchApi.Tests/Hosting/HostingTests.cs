using System.Text.Json;
using AgendaSearch.SearchApi.Packs;
using AgendaSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgendaSearch.SearchApi.Tests.Hosting;

public sealed class HostingTests
{
    [Fact]
    public async Task Healthz_reports_ok_and_the_records_in_the_index()
    {
        using var api = new TestApi();
        Assert.Equal(0, (await api.GetJson("/healthz")).Int("records"));

        api.SeedCouncil();
        var health = await api.GetJson("/healthz");

        Assert.Equal("ok", health.Str("status"));
        Assert.Equal(13, health.Int("records"));
    }

    [Fact]
    public void The_index_is_written_where_Index_Path_says()
    {
        using var api = new TestApi();
        api.SeedCouncil();

        Assert.NotEmpty(Directory.EnumerateFiles(api.IndexPath, "segments*"));
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task The_OpenAPI_document_lists_every_endpoint_in_any_environment(string environment)
    {
        using var api = new TestApi(environment);

        var document = await api.GetJson("/openapi/v1.json");

        Assert.StartsWith("3.", document.Str("openapi"));
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equivalent(
            new[]
            {
                "/api/search", "/api/documents/{id}", "/api/documents/{id}/related", "/api/meetings",
                "/api/meetings/{id}", "/api/packs/{packId}/pdf", "/healthz", "/api/ingest/status",
                "/api/documents/{id}/trail", "/api/search.atom", "/api/search.csv", "/api/search.ndjson",
            },
            paths,
            strict: true);
        var search = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        var pageSize = Assert.Single(search.GetProperty("parameters").EnumerateArray(), p => p.Str("name") == "pageSize");
        Assert.Contains("1 to 100", pageSize.Str("description"));
        var explain = Assert.Single(search.GetProperty("parameters").EnumerateArray(), p => p.Str("name") == "explain");
        Assert.Contains("Default false", explain.Str("description"));
        Assert.True(search.GetProperty("responses").GetProperty("400").GetProperty("content")
            .TryGetProperty("application/problem+json", out _));
        var pdf = document.GetProperty("paths").GetProperty("/api/packs/{packId}/pdf").GetProperty("get");
        Assert.True(pdf.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/pdf", out _));
        Assert.True(pdf.GetProperty("responses").GetProperty("404").GetProperty("content")
            .TryGetProperty("application/problem+json", out _));
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task An_unhandled_error_is_a_500_problem_without_internals(string environment)
    {
        using var api = new TestApi(environment, services => services.AddSingleton<IPackFiles, FailingPackFiles>());

        using var response = await api.Client.GetAsync("/api/packs/any/pdf");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(500, JsonDocument.Parse(body).RootElement.Int("status"));
        Assert.DoesNotContain(FailingPackFiles.Secret, body);
        Assert.DoesNotContain(nameof(FailingPackFiles), body);
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem()
    {
        using var api = new TestApi();

        await api.GetProblem("/api/nothing-here", 404);
    }

    private sealed class FailingPackFiles : IPackFiles
    {
        public const string Secret = "/srv/secret/ledger.json is corrupt";

        public string? PathOf(string packId) => throw new InvalidOperationException(Secret);
    }
}
