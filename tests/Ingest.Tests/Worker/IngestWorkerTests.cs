using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Tests.Worker.Fixtures;
using AgendaSearch.Ingest.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>The hosted worker follows the folder: a scan on start, then added, changed and deleted files as they happen.</summary>
public sealed class IngestWorkerTests : IAsyncLifetime
{
    private readonly TempFolder corpus = new();
    private readonly ISearchIndex index = SearchIndex.OpenInMemory();
    private IngestPipeline? pipeline;
    private IngestWorker? worker;

    public async Task InitializeAsync()
    {
        File.WriteAllText(corpus.File("before.pdf"), "Present before the worker started");
        var options = new IngestOptions
        {
            CorpusPath = corpus.Path,
            Parallelism = 2,
            Debounce = TimeSpan.FromMilliseconds(100),
            CommitInterval = TimeSpan.FromMilliseconds(50),
        };
        pipeline = new IngestPipeline(options, index, new FakeExtractor(corpus.Path), new PageRecords(), NullLogger.Instance);
        worker = new IngestWorker(pipeline, Options.Create(options), NullLogger<IngestWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Added_changed_and_deleted_files_are_followed_while_it_runs()
    {
        await Until(() => index.Get("before:p1") is not null);

        Directory.CreateDirectory(corpus.File("2024"));
        File.WriteAllText(corpus.File("2024/added.pdf"), "Added while running\nSecond page of it");
        await Until(() => index.Get("added:p2") is not null);

        File.WriteAllText(corpus.File("2024/added.pdf"), "Changed while running");
        await Until(() => index.Get("added:p2") is null && index.Get("added:p1")?.Text == "Changed while running");

        File.Delete(corpus.File("before.pdf"));
        await Until(() => index.Get("before:p1") is null);

        Assert.Equal(["2024/added.pdf"], pipeline!.Ledger.Snapshot().Select(e => e.File));
    }

    /// <summary>Waits for the worker to get there (a generous deadline, not a timing assertion).</summary>
    private static async Task Until(Func<bool> reached)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!reached())
            await Task.Delay(50, deadline.Token);
    }

    public async Task DisposeAsync()
    {
        await worker!.StopAsync(CancellationToken.None);
        worker.Dispose();
        index.Dispose();
        corpus.Dispose();
    }
}
