using AgendaSearch.Ingest.Tests.Worker.Fixtures;
using static AgendaSearch.Ingest.Tests.Worker.Fixtures.WorkerHarness;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>
/// The worker reads a file that ends with "%%EOF" as soon as it settles, long before the debounce (set to ten
/// minutes here, so only the early rule can hand anything over), and leaves a file written in two parts alone
/// until the second part lands. The fake extractor's "PDF" is text, one page per line (with enough letters per
/// page not to count as a scan).
/// </summary>
public sealed class WorkerReadinessTests : IAsyncLifetime
{
    private WorkerHarness harness = null!;

    public async Task InitializeAsync()
    {
        harness = await StartAsync(o =>
        {
            o.Debounce = TimeSpan.FromMinutes(10);
            o.Settle = TimeSpan.FromMilliseconds(250);
            o.RescanInterval = TimeSpan.FromHours(1);
        }, "before.pdf", "Present before the worker started\n%%EOF\n");
        // The start-up scan reads whatever is there; the files below must come through the watcher.
        await Until(() => harness.Index.Get("before:p1") is not null);
    }

    [Fact]
    public async Task A_file_written_in_two_parts_is_read_once_when_the_second_part_lands()
    {
        var (corpus, index) = (harness.Corpus, harness.Index);
        File.WriteAllText(corpus.File("half.pdf"), "First page of the agenda pack\n");
        File.WriteAllText(corpus.File("whole.pdf"), "Agenda pack written in one go\n%%EOF\n");
        await Until(() => index.Get("whole:p1") is not null);

        // The complete file, written after the first part, settled and was read: the first part had that long too.
        Assert.Equal(0, harness.Extractor.Calls("half.pdf"));

        File.AppendAllText(corpus.File("half.pdf"), "Second page of the agenda pack\n%%EOF\n");
        await Until(() => index.Get("half:p2") is not null);

        Assert.Equal("First page of the agenda pack", index.Get("half:p1")?.Text);
        Assert.Equal("Second page of the agenda pack", index.Get("half:p2")?.Text);
        Assert.Equal(1, harness.Extractor.Calls("half.pdf"));
    }

    [Fact]
    public async Task A_deleted_file_is_removed_without_waiting_for_the_debounce()
    {
        File.Delete(harness.Corpus.File("before.pdf"));

        await Until(() => harness.Index.Get("before:p1") is null);
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();
}
