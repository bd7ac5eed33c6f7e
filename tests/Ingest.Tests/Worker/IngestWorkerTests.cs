using AgendaSearch.Ingest.Tests.Worker.Fixtures;
using static AgendaSearch.Ingest.Tests.Worker.Fixtures.WorkerHarness;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>The hosted worker follows the folder: a scan on start, then added, changed and deleted files as they happen.</summary>
public sealed class IngestWorkerTests : IAsyncLifetime
{
    private WorkerHarness harness = null!;

    public async Task InitializeAsync() =>
        harness = await StartAsync(o => o.Debounce = TimeSpan.FromMilliseconds(100), "before.pdf", "Present before the worker started");

    [Fact]
    public async Task Added_changed_and_deleted_files_are_followed_while_it_runs()
    {
        var (corpus, index) = (harness.Corpus, harness.Index);
        await Until(() => index.Get("before:p1") is not null);

        Directory.CreateDirectory(corpus.File("2024"));
        File.WriteAllText(corpus.File("2024/added.pdf"), "Added while running\nSecond page of it");
        await Until(() => index.Get("added:p2") is not null);

        File.WriteAllText(corpus.File("2024/added.pdf"), "Changed while running");
        await Until(() => index.Get("added:p2") is null && index.Get("added:p1")?.Text == "Changed while running");

        File.Delete(corpus.File("before.pdf"));
        await Until(() => index.Get("before:p1") is null);

        Assert.Equal(["2024/added.pdf"], harness.Pipeline.Ledger.Snapshot().Select(e => e.File));
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();
}
