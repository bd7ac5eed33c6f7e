using AgendaSearch.Cluster.Ingest;
using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Worker;
using AgendaSearch.Records;
using Microsoft.Extensions.Logging.Abstractions;
using SeedPacks = AgendaSearch.Ingest.Tests.Corpus;

namespace AgendaSearch.Cluster.Tests.Support;

/// <summary>
/// A corpus folder holding copies of the seed packs, and cluster ingest workers over it that read with the
/// production child-process pool and write to a <see cref="ClusterDatabase"/>.
/// </summary>
internal sealed class SeedCluster : IAsyncDisposable
{
    private readonly ChildProcessExtractor extractor = new(TimeSpan.FromSeconds(60), 1024);

    private SeedCluster(ClusterDatabase db)
    {
        Database = db;
        Directory.CreateDirectory(Root);
        foreach (var pack in new[] { SeedPacks.July2021, SeedPacks.March2022 })
            File.Copy(SeedPacks.Pack(pack), Path.Combine(Root, pack));
    }

    public ClusterDatabase Database { get; }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "agendasearch-corpus-" + Guid.NewGuid().ToString("N")[..12]);

    public static async Task<SeedCluster> CreateAsync() => new(await ClusterDatabase.CreateAsync());

    public ClusterIngest Worker(string node) =>
        new(Root, new DocumentReader(Root, extractor, new PackRecords(), NullLogger.Instance), Database.Source, Database.Options(node), NullLogger.Instance);

    /// <summary>One worker scans, then claims and reads files until none is left.</summary>
    public async Task IngestAsync(string node = "worker")
    {
        var worker = Worker(node);
        await worker.ScanAsync(CancellationToken.None);
        while (await worker.ProcessNextAsync(CancellationToken.None))
        {
        }
    }

    /// <summary>The records the embedded worker builds from the same folder.</summary>
    public async Task<IReadOnlyList<string>> EmbeddedRecordsAsync()
    {
        using var index = SearchIndex.OpenInMemory();
        var options = new IngestOptions { CorpusPath = Root, Parallelism = 1 };
        await using (var pipeline = new IngestPipeline(options, index, extractor, new PackRecords(), NullLogger.Instance))
        {
            pipeline.Start();
            await pipeline.SyncAsync(null, CancellationToken.None);
            await pipeline.WhenIdleAsync(CancellationToken.None);
            pipeline.Commit();
        }
        return Records(index);
    }

    /// <summary>Every record an index serves (meetings included), in id order, as JSON.</summary>
    public static IReadOnlyList<string> Records(ISearchIndex index)
    {
        var hits = index.Search(new SearchRequest { PageSize = 10_000 }).Hits.Select(h => h.Record);
        var meetings = index.Meetings(null, null, null);
        return hits.Concat(meetings).OrderBy(r => r.Id, StringComparer.Ordinal).Select(Describe).ToList();
    }

    /// <summary>Every field, extras in their order (as exports write them).</summary>
    private static string Describe(SearchRecord r) => System.Text.Json.JsonSerializer.Serialize(r);

    public async ValueTask DisposeAsync()
    {
        extractor.Dispose();
        await Database.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
