using System.Net;
using System.Text.Json;
using AgendaSearch.Postgres.Testing;
using AgendaSearch.SearchApi.Tests.Support;
using SeedPacks = AgendaSearch.Ingest.Tests.Corpus;

namespace AgendaSearch.SearchApi.Tests.Cluster;

/// <summary>The app in cluster mode: an ingest-only process and a search-only one over one PostgreSQL database.</summary>
public sealed class ClusterHostTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task An_ingest_process_fills_the_store_and_a_search_process_serves_it_from_its_own_index()
    {
        var database = PostgresServer.Shared.CreateDatabase();
        using var ingest = new TestApi(settings: Cluster(database, "ingest"));
        foreach (var pack in new[] { SeedPacks.July2021, SeedPacks.March2022 })
            File.Copy(SeedPacks.Pack(pack), Path.Combine(ingest.CorpusPath, pack));

        var status = await WaitFor(ingest, "/api/ingest/status", s => s.GetProperty("totals").Int("indexed") == 2);
        var health = await ingest.GetJson("/healthz");
        Assert.Equal("ingest", health.Str("role"));
        Assert.Equal(2, health.GetProperty("journal").Int("head"));
        Assert.Equal(0, health.GetProperty("journal").Int("lag"));
        Assert.Equal(status.GetProperty("totals").Int("records"), health.Int("records"));
        Assert.False(Directory.Exists(ingest.IndexPath), "an ingest-only process opens no index");

        using var search = new TestApi(settings: Cluster(database, "search"));
        foreach (var pack in new[] { SeedPacks.July2021, SeedPacks.March2022 })
            File.Copy(SeedPacks.Pack(pack), Path.Combine(search.CorpusPath, pack));
        var ready = await WaitFor(search, "/healthz", h => h.GetProperty("journal").Int("applied") == 2);
        Assert.Equal(("ok", "search"), (ready.Str("status"), ready.Str("role")));
        Assert.Equal(health.Int("records"), ready.Int("records"));

        var hits = await search.GetJson("/api/search?q=complaints");
        Assert.True(hits.Int("total") > 0);
        using var pdf = await search.Client.GetAsync("/api/packs/scrutiny-commission-2022-03-09-agenda-pack/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal(2, (await search.GetJson("/api/ingest/status")).GetProperty("totals").Int("indexed"));
    }

    [Fact]
    public async Task A_search_node_that_has_not_reached_the_journal_is_not_ready()
    {
        // Nothing listens on this port: the node serves its (empty) index but cannot know how far behind it is.
        using var search = new TestApi(settings: Cluster("Host=127.0.0.1;Port=1;Username=postgres;Timeout=1", "search"));

        var health = await search.GetJson("/healthz", status: 503);

        Assert.Equal("waiting-for-journal", health.Str("status"));
        Assert.Equal(0, health.Int("records"));
        await search.GetProblem("/api/ingest/status", 503);
    }

    [Fact]
    public async Task Embedded_mode_reports_no_cluster_fields()
    {
        using var api = new TestApi();

        var health = await api.GetJson("/healthz");

        Assert.Equal(["records", "status"], health.EnumerateObject().Select(p => p.Name).Order());
    }

    private static Dictionary<string, string?> Cluster(string connectionString, string roles) => new()
    {
        ["Cluster:ConnectionString"] = connectionString,
        ["Cluster:Roles"] = roles,
        ["Cluster:PollMilliseconds"] = "100",
        ["Cluster:ReadyLag"] = "0",
        ["Ingest:Parallelism"] = "2",
    };

    /// <summary>GETs <paramref name="url"/> until its JSON satisfies <paramref name="done"/> (at most <see cref="Patience"/>).</summary>
    private static async Task<JsonElement> WaitFor(TestApi api, string url, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await api.Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && done(JsonDocument.Parse(body).RootElement))
                return JsonDocument.Parse(body).RootElement.Clone();
            Assert.True(DateTime.UtcNow < deadline, $"GET {url} never got there: {(int)response.StatusCode} {body}");
            await Task.Delay(100);
        }
    }
}
