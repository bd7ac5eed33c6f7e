using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Ledger;
using Microsoft.Extensions.Logging;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// The ingest engine shared by the hosted worker and the `ingest` verb: plans changes against the ledger kept
/// in the index, extracts queued files in parallel (<see cref="IngestOptions.Parallelism"/> at once) and commits
/// index and ledger together every <see cref="IngestOptions.CommitInterval"/>.
/// </summary>
public sealed class IngestPipeline : IAsyncDisposable
{
    private readonly IngestOptions options;
    private readonly IPackExtractor extractor;
    private readonly ILogger logger;
    private readonly IndexGate gate;
    private readonly WorkQueue queue = new();
    private readonly SyncPlanner planner;
    private readonly PackProcessor processor;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Task> loops = [];
    private readonly DateTimeOffset startedAt = DateTimeOffset.UtcNow;
    private int busy;
    private int processed;
    private int disposed;

    public IngestPipeline(IngestOptions options, ISearchIndex index, IPackExtractor extractor, IPackRecords records, ILogger logger)
    {
        this.options = options;
        this.extractor = extractor;
        this.logger = logger;
        var root = Path.GetFullPath(options.CorpusPath);
        Ledger = FileLedger.Load(index.CommittedUserData);
        gate = new IndexGate(index, Ledger, TimeProvider.System, logger);
        planner = new SyncPlanner(root, Ledger, gate, queue, logger);
        processor = new PackProcessor(new DocumentReader(root, extractor, records, logger), Ledger, gate, queue, logger);
        processor.Processed += _ => Interlocked.Increment(ref processed);
    }

    public FileLedger Ledger { get; }

    public event Action<LedgerEntry>? Processed
    {
        add => processor.Processed += value;
        remove => processor.Processed -= value;
    }

    public void Start()
    {
        var token = stopping.Token;
        var parallelism = Math.Max(1, options.Parallelism);
        extractor.Prepare(parallelism);
        loops.Add(gate.RunAsync(options.CommitInterval, options.CompactAfter, token));
        for (var i = 0; i < parallelism; i++)
            loops.Add(Task.Run(() => ConsumeAsync(token), CancellationToken.None));
    }

    /// <summary>Plans the given corpus-relative files or folders, or the whole corpus when <paramref name="paths"/> is null.</summary>
    public Task SyncAsync(IReadOnlyCollection<string>? paths, CancellationToken cancellation) =>
        planner.SyncAsync(paths, cancellation);

    /// <summary>Completes when nothing is queued, extracting or being planned.</summary>
    public async Task WhenIdleAsync(CancellationToken cancellation)
    {
        while (queue.Count > 0 || Volatile.Read(ref busy) > 0 || planner.Busy)
            await Task.Delay(25, cancellation);
    }

    public void Commit() => gate.CommitIfDirty();

    public IngestStatus Status()
    {
        var files = Ledger.Snapshot();
        var owners = files.ToDictionary(f => f.File, StringComparer.Ordinal);
        var shown = files.Select(f => f.DuplicateOf is { } of && owners.TryGetValue(of, out var owner) ? f with { PackId = owner.PackId } : f).ToList();
        return new IngestStatus(shown, IngestTotals.Of(files),
            new IngestProgress(queue.Count - queue.Extracting, queue.Extracting, Volatile.Read(ref processed), planner.Busy, startedAt, gate.LastCommit, processor.Ocr));
    }

    private async Task ConsumeAsync(CancellationToken cancellation)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(cancellation))
            {
                Interlocked.Increment(ref busy);
                try
                {
                    queue.Started();
                    var changed = false;
                    try
                    {
                        changed = !await processor.ProcessAsync(item, cancellation);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // Not the file's fault (the PDF's problems come back as results): it stays pending for the next scan.
                        logger.LogError(e, "Ingest of {File} failed", item.File);
                    }
                    if (queue.Finish(item.File) | changed)
                        await planner.SyncAsync([item.File], cancellation);
                }
                finally
                {
                    Interlocked.Decrement(ref busy);
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
    }

    /// <summary>Stops extracting (children in flight are killed; their files stay pending) and commits what is done.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        queue.Complete();
        await stopping.CancelAsync();
        await Task.WhenAll(loops);
        gate.CommitIfDirty();
        stopping.Dispose();
    }
}
