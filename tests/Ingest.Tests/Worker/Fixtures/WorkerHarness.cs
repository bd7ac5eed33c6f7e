using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgendaSearch.Ingest.Tests.Worker.Fixtures;

/// <summary>
/// The hosted worker over a temporary corpus folder, an in-memory index and the <see cref="FakeExtractor"/>
/// (one record per page, <see cref="PageRecords"/>), started with the options a test sets.
/// </summary>
internal sealed class WorkerHarness : IAsyncDisposable
{
    private readonly IngestWorker worker;

    public TempFolder Corpus { get; } = new();
    public ISearchIndex Index { get; } = SearchIndex.OpenInMemory();
    public FakeExtractor Extractor { get; }
    public IngestPipeline Pipeline { get; }

    private WorkerHarness(Action<IngestOptions> configure)
    {
        var options = new IngestOptions { CorpusPath = Corpus.Path, Parallelism = 2, CommitInterval = TimeSpan.FromMilliseconds(50) };
        configure(options);
        Extractor = new FakeExtractor(Corpus.Path);
        Pipeline = new IngestPipeline(options, Index, Extractor, new PageRecords(), NullLogger.Instance);
        worker = new IngestWorker(Pipeline, Options.Create(options), NullLogger<IngestWorker>.Instance);
    }

    /// <summary>Writes <paramref name="file"/> (one page per line) before the worker starts, so its start-up scan finds it.</summary>
    public static async Task<WorkerHarness> StartAsync(Action<IngestOptions> configure, string file, string text)
    {
        var harness = new WorkerHarness(configure);
        File.WriteAllText(harness.Corpus.File(file), text);
        await harness.worker.StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>Waits for the worker to get there (a generous deadline, not a timing assertion).</summary>
    public static async Task Until(Func<bool> reached)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!reached())
            await Task.Delay(50, deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await worker.StopAsync(CancellationToken.None);
        worker.Dispose();
        Index.Dispose();
        Corpus.Dispose();
    }
}
