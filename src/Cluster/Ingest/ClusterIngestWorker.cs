using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Worker;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using AgendaSearch.Cluster.Store;
using Npgsql;

namespace AgendaSearch.Cluster.Ingest;

/// <summary>
/// The ingest role: scans the corpus folder at start, on change events (as settled by <see cref="ReadinessRule"/>)
/// and every <see cref="IngestOptions.RescanInterval"/>, and runs <see cref="IngestOptions.Parallelism"/> loops that
/// claim and read files. Nothing a file or PostgreSQL does stops it: an unreachable store is tried again with backoff.
/// </summary>
public sealed class ClusterIngestWorker(ClusterIngest ingest, NpgsqlDataSource source, IPackExtractor extractor, IngestOptions settings, ClusterOptions options,
    ILogger<ClusterIngestWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await SchemaMigrations.ApplyWhenReachableAsync(source, logger, stoppingToken);
        var parallelism = Math.Max(1, settings.Parallelism);
        logger.LogInformation("Ingest worker {Node} reads {Root} with {Parallelism} extractions at once", options.NodeName,
            Path.GetFullPath(settings.CorpusPath), parallelism);
        extractor.Prepare(parallelism);
        var loops = Enumerable.Range(0, parallelism).Select(_ => Task.Run(() => ConsumeAsync(stoppingToken), CancellationToken.None)).ToList();
        loops.Add(ScanLoopAsync(stoppingToken));
        await Task.WhenAll(loops);
    }

    private async Task ScanLoopAsync(CancellationToken stoppingToken)
    {
        using var corpus = new CorpusChanges(settings.CorpusPath, settings);
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    // Any change means a scan: the scan hashes only files whose size or time moved, and every worker's
                    // scan must agree with the shared ledger rather than with its own watcher's view.
                    var (fullScan, changed) = corpus.Next(DateTime.UtcNow);
                    if (fullScan || changed.Count > 0)
                        await ingest.ScanAsync(stoppingToken);
                    failures = 0;
                    await Task.Delay(Tick, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    if (failures++ == 0)
                        logger.LogWarning(e, "Scanning the corpus failed; trying again with backoff");
                    corpus.ScanAgain();
                    await Task.Delay(Backoff.After(failures), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var worked = await ingest.ProcessNextAsync(stoppingToken);
                    failures = 0;
                    if (!worked)
                        await Task.Delay(options.Poll, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    if (failures++ == 0)
                        logger.LogWarning(e, "Claiming or writing a file failed; trying again with backoff");
                    await Task.Delay(Backoff.After(failures), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
