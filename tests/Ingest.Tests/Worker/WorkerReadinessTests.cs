using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Tests.Worker.Fixtures;
using AgendaSearch.Ingest.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>
/// The worker reads a file that ends with "%%EOF" as soon as it settles, long before the debounce (set to ten
/// minutes here, so only the early rule can hand anything over), and leaves a file written in two parts alone
/// until the second part lands. The fake extractor's "PDF" is text, one page per line (with enough letters per
/// page not to count as a scan).
/// </summary>
public sealed class WorkerReadinessTests : IAsyncLifetime
{
    private readonly TempFolder corpus = new();
    private readonly ISearchIndex index = SearchIndex.OpenInMemory();
    private FakeExtractor? extractor;
    private IngestWorker? worker;

    public async Task InitializeAsync()
    {
        File.WriteAllText(corpus.File("before.pdf"), "Present before the worker started\n%%EOF\n");
        var options = new IngestOptions
        {
            CorpusPath = corpus.Path,
            Parallelism = 2,
            Debounce = TimeSpan.FromMinutes(10),
            Settle = TimeSpan.FromMilliseconds(250),
            RescanInterval = TimeSpan.FromHours(1),
            CommitInterval = TimeSpan.FromMilliseconds(50),
        };
        extractor = new FakeExtractor(corpus.Path);
        var pipeline = new IngestPipeline(options, index, extractor, new PageRecords(), NullLogger.Instance);
        worker = new IngestWorker(pipeline, Options.Create(options), NullLogger<IngestWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        // The start-up scan reads whatever is there; the files below must come through the watcher.
        await Until(() => index.Get("before:p1") is not null);
    }

    [Fact]
    public async Task A_file_written_in_two_parts_is_read_once_when_the_second_part_lands()
    {
        File.WriteAllText(corpus.File("half.pdf"), "First page of the agenda pack\n");
        File.WriteAllText(corpus.File("whole.pdf"), "Agenda pack written in one go\n%%EOF\n");
        await Until(() => index.Get("whole:p1") is not null);

        // The complete file, written after the first part, settled and was read: the first part had that long too.
        Assert.Equal(0, extractor!.Calls("half.pdf"));

        File.AppendAllText(corpus.File("half.pdf"), "Second page of the agenda pack\n%%EOF\n");
        await Until(() => index.Get("half:p2") is not null);

        Assert.Equal("First page of the agenda pack", index.Get("half:p1")?.Text);
        Assert.Equal("Second page of the agenda pack", index.Get("half:p2")?.Text);
        Assert.Equal(1, extractor.Calls("half.pdf"));
    }

    [Fact]
    public async Task A_deleted_file_is_removed_without_waiting_for_the_debounce()
    {
        File.Delete(corpus.File("before.pdf"));

        await Until(() => index.Get("before:p1") is null);
    }

    /// <summary>Waits for the worker to get there (a generous deadline, far below the ten-minute debounce).</summary>
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
