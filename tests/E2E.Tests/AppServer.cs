using System.Net;
using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgendaSearch.E2E.Tests;

/// <summary>
/// The real SearchApi on a real Kestrel port on 127.0.0.1 (a browser cannot reach TestServer),
/// with a temporary index seeded through <see cref="ISearchIndex"/> and ingest switched off, so
/// the pages see exactly <see cref="SeedRecords"/>. PDFs are served from the repository's corpus/.
/// </summary>
public class AppServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("agendasearch-e2e-");

    public Uri BaseAddress { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Ingest:Enabled", "false");
        builder.UseSetting("Corpus:Path", Repository.Corpus);
        builder.UseSetting("Index:Path", Path.Combine(data.FullName, "index"));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());

        var index = Services.GetRequiredService<ISearchIndex>();
        Seed(index);
        index.Commit(new Dictionary<string, string>());
        return Task.CompletedTask;
    }

    /// <summary>Writes the records the pages are tested on.</summary>
    protected virtual void Seed(ISearchIndex index)
    {
        index.ReplacePack(SeedRecords.July2021Pack, SeedRecords.July2021Records());
        index.ReplacePack(SeedRecords.March2022Pack, SeedRecords.March2022Records());
        index.ReplacePack(SeedRecords.CabinetPack, SeedRecords.CabinetRecords());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        data.Delete(recursive: true);
    }
}
