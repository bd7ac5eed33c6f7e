using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// The hosted ingest: a full scan of the corpus on start, then the files the watcher reports (once complete
/// and settled, or after the debounce: <see cref="ReadinessRule"/>), and a full rescan every <see cref="IngestOptions.RescanInterval"/> as a safety net. A corpus
/// folder that does not exist yet is looked for again at each rescan. Nothing a file does stops the loop.
/// With Ingest:Enabled=false it does nothing (a read-only search node over an index built elsewhere).
/// </summary>
public sealed class IngestWorker(IngestPipeline pipeline, IOptions<IngestOptions> options, ILogger<IngestWorker> logger) : BackgroundService
{
    // How often the watcher's pending paths are looked at: a fraction of the settle time, so a complete file
    // is handed over soon after it settles.
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Ingest is switched off (Ingest:Enabled=false): the index is served as it is");
            return;
        }
        var root = Path.GetFullPath(settings.CorpusPath);
        var readiness = new ReadinessRule(settings.Debounce, settings.Settle);
        pipeline.Start();
        CorpusWatcher? watcher = null;
        var lastScan = DateTime.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (watcher is null && Directory.Exists(root))
                    {
                        watcher = new CorpusWatcher(root);
                        lastScan = DateTime.MinValue;
                    }
                    if (watcher?.TakeRescanRequest() == true || DateTime.UtcNow - lastScan >= settings.RescanInterval)
                    {
                        lastScan = DateTime.UtcNow;
                        await ScanAsync(root, stoppingToken);
                    }
                    else if (watcher?.TakeReady(DateTime.UtcNow, readiness) is { Count: > 0 } changed)
                        await pipeline.SyncAsync(changed, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Ingest pass failed; retrying at the next change or rescan");
                }
                await Task.Delay(Tick, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            watcher?.Dispose();
            await pipeline.DisposeAsync();
        }
    }

    private async Task ScanAsync(string root, CancellationToken cancellation)
    {
        if (!Directory.Exists(root))
        {
            logger.LogWarning("Corpus folder {Root} does not exist; nothing to ingest", root);
            return;
        }
        logger.LogInformation("Scanning {Root}", root);
        await pipeline.SyncAsync(null, cancellation);
        var totals = pipeline.Status().Totals;
        logger.LogInformation("Scan planned: {Files} files, {Pending} to extract, {Indexed} indexed, {Failed} failed, {NoText} without text",
            totals.Files, totals.Pending, totals.Indexed, totals.Failed, totals.NoText);
    }
}
