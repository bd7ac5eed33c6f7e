using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Worker;
using AgendaSearch.SearchApi.Corpus;
using AgendaSearch.SearchApi.Packs;
using Microsoft.Extensions.Options;

namespace AgendaSearch.SearchApi.Ingest;

internal static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// The ingest worker: binds the "Ingest" section (<see cref="IngestOptions"/>, its corpus folder from
    /// Corpus:Path), runs the hosted worker that fills the index from that folder (unless Ingest:Enabled is
    /// false), and serves pack PDFs through the ledger committed with the index (<see cref="LedgerPackFiles"/>).
    /// Call after AddSearchIndex() and AddPackFiles().
    /// </summary>
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddOptions<IngestOptions>()
            .BindConfiguration(IngestOptions.Section)
            .Configure<IOptions<CorpusOptions>>((ingest, corpus) => ingest.CorpusPath = corpus.Value.Path);
        services.AddSingleton<IPackExtractor>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<IngestOptions>>().Value;
            // Said once at start: whether scanned pages will be read (and if not, how to install what is missing).
            var ocr = options.Enabled
                ? options.ResolveOcr(sp.GetRequiredService<IOptions<IndexOptions>>().Value.Path, sp.GetRequiredService<ILoggerFactory>().CreateLogger("AgendaSearch.Ingest.Ocr"))
                : null;
            return new ChildProcessExtractor(options.Timeout, options.MemoryLimitMb, options.RecycleAfter, ocr);
        });
        services.AddSingleton<IPackRecords, PackRecords>();
        services.AddSingleton(sp => new IngestPipeline(
            sp.GetRequiredService<IOptions<IngestOptions>>().Value,
            sp.GetRequiredService<ISearchIndex>(),
            sp.GetRequiredService<IPackExtractor>(),
            sp.GetRequiredService<IPackRecords>(),
            sp.GetRequiredService<ILogger<IngestPipeline>>()));
        services.AddSingleton<IIngestStatusReader, PipelineStatusReader>();
        services.AddHostedService<IngestWorker>();
        services.AddSingleton<CorpusPackFiles>();
        services.AddSingleton<IPackFiles, LedgerPackFiles>();
        return services;
    }
}
