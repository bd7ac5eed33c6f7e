using AgendaSearch.Cluster;
using AgendaSearch.Cluster.Ingest;
using AgendaSearch.Cluster.Search;
using AgendaSearch.Cluster.Store;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Worker;
using AgendaSearch.SearchApi.Health;
using AgendaSearch.SearchApi.Hosting;
using AgendaSearch.SearchApi.Ingest;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AgendaSearch.SearchApi.Cluster;

internal static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// Cluster mode, when Cluster:ConnectionString is set (<see cref="ClusterOptions"/>); otherwise nothing changes.
    /// It takes the embedded worker's place: the ingest role claims files from PostgreSQL instead
    /// (<see cref="ClusterIngestWorker"/>), the search role follows the journal into the local index
    /// (<see cref="SearchNode"/>), and /healthz and /api/ingest/status report the cluster's view. A process
    /// without the search role does not open its index at start. Call after AddSearchIndex(), AddHealth() and AddIngest().
    /// </summary>
    public static IHostApplicationBuilder AddCluster(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ClusterOptions.Section);
        var settings = section.Get<ClusterOptions>() ?? new ClusterOptions();
        if (!settings.Enabled)
            return builder;
        if (settings.Roles == ClusterRoles.None)
            throw new InvalidOperationException("Cluster:Roles must be \"ingest\", \"search\" or \"ingest,search\"");
        var services = builder.Services;
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ClusterOptions>>().Value);
        services.AddSingleton(_ => NpgsqlDataSource.Create(settings.ConnectionString));
        services.AddSingleton<JournalReader>();
        services.AddSingleton<LedgerStatus>();

        RemoveHostedService<IngestWorker>(services);
        services.Replace(ServiceDescriptor.Singleton<IIngestStatusReader, ClusterStatusReader>());
        services.Replace(ServiceDescriptor.Singleton<INodeHealth, ClusterHealth>());

        if (settings.Roles.HasFlag(ClusterRoles.Ingest))
        {
            services.AddSingleton(sp =>
            {
                var ingest = sp.GetRequiredService<IOptions<IngestOptions>>().Value;
                var root = Path.GetFullPath(ingest.CorpusPath);
                var logger = sp.GetRequiredService<ILogger<ClusterIngest>>();
                var reader = new DocumentReader(root, sp.GetRequiredService<IPackExtractor>(), sp.GetRequiredService<IPackRecords>(), logger);
                return new ClusterIngest(root, reader, sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<ClusterOptions>(), logger);
            });
            services.AddSingleton(sp => sp.GetRequiredService<IOptions<IngestOptions>>().Value);
            services.AddHostedService<ClusterIngestWorker>();
        }
        if (settings.Roles.HasFlag(ClusterRoles.Search))
        {
            services.AddSingleton(sp => new JournalFollower(sp.GetRequiredService<ISearchIndex>(), sp.GetRequiredService<JournalReader>(),
                sp.GetRequiredService<ILogger<JournalFollower>>()));
            services.AddHostedService(sp => new SearchNode(sp.GetRequiredService<JournalFollower>(), sp.GetRequiredService<ISearchIndex>(),
                sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<ClusterOptions>(),
                sp.GetRequiredService<IOptions<IngestOptions>>().Value.CompactAfter, sp.GetRequiredService<ILogger<SearchNode>>()));
        }
        else
        {
            RemoveHostedService<SearchIndexOpener>(services);
        }
        return builder;
    }

    private static void RemoveHostedService<T>(IServiceCollection services) where T : IHostedService
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(T)).ToList())
            services.Remove(descriptor);
    }
}
