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
        using var corpus = new CorpusChanges(settings.CorpusPath, settings);
        pipeline.Start();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var (fullScan, changed) = corpus.Next(DateTime.UtcNow);
                    if (fullScan)
                        await ScanAsync(corpus.Root, stoppingToken);
                    else if (changed.Count > 0)
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
