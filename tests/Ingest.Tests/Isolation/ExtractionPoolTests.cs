using System.Diagnostics;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Tests.Worker;
using AgendaSearch.Ingest.Tests.Worker.Fixtures;

namespace AgendaSearch.Ingest.Tests.Isolation;

/// <summary>
/// The pool of long-lived `extract --serve` children: one child reads file after file; a crash or a timeout
/// costs only the file in flight and its child; children are recycled, and leave with their parent.
/// </summary>
public sealed class ExtractionPoolTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task One_child_reads_file_after_file()
    {
        using var pool = new ChildProcessExtractor(TimeSpan.FromSeconds(60), 1024);

        foreach (var name in new[] { "a", "b", "c" })
        {
            var result = await pool.ExtractAsync(folder.Write(name + ".pdf", HostilePdfs.Text("Pack " + name)), CancellationToken.None);
            Assert.Contains("Pack " + name, result.Pack!.Pages[0].Text);
        }

        Assert.Equal(1, pool.ChildrenStarted);
    }

    [Fact]
    public async Task Prepared_children_take_the_first_files()
    {
        using var pool = new ChildProcessExtractor(TimeSpan.FromSeconds(60), 1024);
        pool.Prepare(2);
        var files = new[] { "a", "b", "c", "d" }.Select(n => folder.Write(n + ".pdf", HostilePdfs.Text("Pack " + n))).ToList();

        foreach (var pair in files.Chunk(2))
            Assert.All(await Task.WhenAll(pair.Select(f => pool.ExtractAsync(f, CancellationToken.None))), r => Assert.Null(r.Error));

        Assert.Equal(2, pool.ChildrenStarted);
        Assert.Equal(2, pool.Idle);
    }

    [Fact]
    public void The_warm_up_pdf_reads_as_one_page_of_text()
    {
        var pages = PdfTextReader.ReadRawPages(WarmUpPdf.Bytes());

        Assert.Equal("Scrutiny Commission agenda", Assert.Single(Assert.Single(pages).Lines).Text);
    }

    [Fact]
    public async Task A_stack_overflow_fails_only_its_file_and_the_next_file_gets_a_fresh_child()
    {
        using var pool = new ChildProcessExtractor(TimeSpan.FromSeconds(60), 1024);
        var before = await pool.ExtractAsync(folder.Write("before.pdf", HostilePdfs.Text("Before")), CancellationToken.None);

        var crash = await pool.ExtractAsync(folder.Write("cycle.pdf", HostilePdfs.XObjectCycle()), CancellationToken.None);
        var after = await pool.ExtractAsync(folder.Write("after.pdf", HostilePdfs.Text("After the crash")), CancellationToken.None);

        Assert.Null(before.Error);
        Assert.Equal(PdfProblems.StackOverflow, crash.Error);
        Assert.Contains("After the crash", after.Pack!.Pages[0].Text);
        // The crash gets one more try on a fresh child (a death may not be the file's fault), then "after" a third.
        Assert.Equal(3, pool.ChildrenStarted);
    }

    [Fact]
    public async Task A_child_killed_from_outside_while_idle_costs_the_next_file_nothing()
    {
        using var pool = new ChildProcessExtractor(TimeSpan.FromSeconds(60), 1024);
        pool.Prepare(1);
        using var victim = Process.GetProcessById(Assert.Single(pool.IdleProcessIds));

        // Killed and not yet reaped or already gone: either the pool sees it dead, or the send fails and the file
        // is retried on a fresh child. No path may report the file as broken.
        victim.Kill();
        var result = await pool.ExtractAsync(folder.Write("pack.pdf", HostilePdfs.Text("Agenda")), CancellationToken.None);

        Assert.Null(result.Error);
        Assert.Contains("Agenda", result.Pack!.Pages[0].Text);
        Assert.Equal(2, pool.ChildrenStarted);
    }

    [Fact]
    public async Task Files_in_flight_on_other_children_finish_while_one_child_crashes()
    {
        using var pool = new ChildProcessExtractor(TimeSpan.FromSeconds(60), 1024);
        var files = Enumerable.Range(0, 6).Select(i => folder.Write($"p{i}.pdf", HostilePdfs.Text($"Pack {i}"))).ToList();

        var crash = pool.ExtractAsync(folder.Write("cycle.pdf", HostilePdfs.XObjectCycle()), CancellationToken.None);
        var others = await Task.WhenAll(files.Select(f => pool.ExtractAsync(f, CancellationToken.None)));

        Assert.Equal(PdfProblems.StackOverflow, (await crash).Error);
        Assert.All(others, r => Assert.Null(r.Error));
    }

    [Fact]
    public async Task A_file_that_runs_a_used_child_out_of_memory_gets_one_more_try_on_a_fresh_child()
    {
        // 12 MB: enough for a one-page PDF, not for a seed pack (which fails inside the child as out of memory).
        using var tight = new ChildProcessExtractor(TimeSpan.FromSeconds(60), memoryLimitMb: 12);
        var small = await tight.ExtractAsync(folder.Write("small.pdf", HostilePdfs.Text("Agenda")), CancellationToken.None);

        var large = await tight.ExtractAsync(Corpus.Pack(Corpus.July2021), CancellationToken.None);

        Assert.Null(small.Error);
        Assert.StartsWith(PdfProblems.OutOfMemory, large.Error);
        Assert.Equal(2, tight.ChildrenStarted);
    }

    [Fact]
    public async Task A_child_past_its_deadline_is_replaced_for_the_next_file()
    {
        using var impatient = new ChildProcessExtractor(TimeSpan.FromMilliseconds(1), 1024);
        var path = folder.Write("pack.pdf", HostilePdfs.Text("Agenda"));

        var first = await impatient.ExtractAsync(path, CancellationToken.None);
        var second = await impatient.ExtractAsync(path, CancellationToken.None);

        Assert.Equal("timed out after 0 s", first.Error);
        Assert.Equal("timed out after 0 s", second.Error);
        Assert.Equal(2, impatient.ChildrenStarted);
    }

    [Fact]
    public async Task A_child_is_recycled_after_its_quota_of_files()
    {
        using var pool = new ChildProcessExtractor(TimeSpan.FromSeconds(60), 1024, recycleAfter: 2);
        var path = folder.Write("pack.pdf", HostilePdfs.Text("Agenda"));

        for (var i = 0; i < 5; i++)
            Assert.Null((await pool.ExtractAsync(path, CancellationToken.None)).Error);

        Assert.Equal(3, pool.ChildrenStarted);
    }

    [Fact]
    public async Task Stopping_throws_so_the_file_stays_pending_and_the_pool_still_works()
    {
        using var pool = new ChildProcessExtractor(TimeSpan.FromSeconds(60), 1024);
        var path = folder.Write("pack.pdf", HostilePdfs.Text("Agenda"));
        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pool.ExtractAsync(path, stopping.Token));
        var next = await pool.ExtractAsync(path, CancellationToken.None);

        Assert.Null(next.Error);
    }

    [Fact]
    public async Task A_child_leaves_when_its_stdin_closes()
    {
        var child = ExtractionChild.Start(1024);
        var result = await child.ExtractAsync(folder.Write("pack.pdf", HostilePdfs.Text("Agenda")), TimeSpan.FromSeconds(60), null, CancellationToken.None);
        var id = child.ProcessId;

        child.Dispose();

        Assert.Null(result.Error);
        Assert.True(Gone(id));
    }

    [Fact]
    public async Task A_child_whose_parent_died_leaves_on_its_own()
    {
        using var parent = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        var info = IngestProcess.Serve(1024);
        info.ArgumentList[^1] = parent.Id.ToString();
        using var child = Process.Start(info)!;

        parent.Kill();
        await parent.WaitForExitAsync();

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await child.WaitForExitAsync(deadline.Token);
        Assert.Equal(0, child.ExitCode);
    }

    private static bool Gone(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    public void Dispose() => folder.Dispose();
}
