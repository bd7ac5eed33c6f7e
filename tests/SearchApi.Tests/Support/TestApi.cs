using System.Net.Http.Json;
using System.Text.Json;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgendaSearch.SearchApi.Tests.Support;

/// <summary>
/// A fresh host per test over its own temporary folder (corpus/ and index/), deleted on dispose.
/// The ingest worker is switched off, so the index holds exactly what the test writes to it.
/// </summary>
internal sealed class TestApi : IDisposable
{
    private readonly Factory _factory;

    /// <param name="environment">The host environment.</param>
    /// <param name="services">Replacements of the app's services.</param>
    /// <param name="settings">Settings over the test defaults (cluster mode, an enabled worker).</param>
    public TestApi(string environment = "Development", Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "agendasearch-api-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(CorpusPath);
        _factory = new Factory(this, environment, services, settings ?? new Dictionary<string, string?>());
        Client = _factory.CreateClient();
    }

    public string Root { get; }

    public string CorpusPath => Path.Combine(Root, "corpus");

    public string IndexPath => Path.Combine(Root, "index");

    public HttpClient Client { get; }

    public ISearchIndex Index => _factory.Services.GetRequiredService<ISearchIndex>();

    public IServiceProvider Services => _factory.Services;

    /// <summary>Writes the records as one pack and commits, as the ingest worker does.</summary>
    public TestApi Seed(string packId, params SearchRecord[] records)
    {
        Index.ReplacePack(packId, records);
        Index.Commit(new Dictionary<string, string>());
        return this;
    }

    /// <summary>GETs <paramref name="url"/>, checks the status and content type, returns the JSON body.</summary>
    public async Task<JsonElement> GetJson(string url, int status = 200, string contentType = "application/json")
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"GET {url}: {(int)response.StatusCode}, expected {status}: {body}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>GETs a URL that must fail with problem+json; returns the problem document.</summary>
    public Task<JsonElement> GetProblem(string url, int status) => GetJson(url, status, "application/problem+json");

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private sealed class Factory(TestApi api, string environment, Action<IServiceCollection>? services, IReadOnlyDictionary<string, string?> settings)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            var all = new Dictionary<string, string?>
            {
                ["Corpus:Path"] = api.CorpusPath,
                ["Index:Path"] = api.IndexPath,
                ["Ingest:Enabled"] = "false",
            };
            foreach (var (key, value) in settings)
                all[key] = value;
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(all));
            // Also as host settings, so Program sees them while it registers services (cluster mode).
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        }
    }
}
