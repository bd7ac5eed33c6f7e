using System.Diagnostics;
using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Ingest.Tests.Worker.Fixtures;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>
/// kill -9 in the middle of `ingest`, a rerun on the same index, and a fresh build of the same corpus must
/// end with the same records (ids, sources, count) and the same ledger: nothing twice, no half pack.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly TempFolder corpus = new();
    private readonly TempFolder resumed = new();
    private readonly TempFolder fresh = new();

    [Fact]
    public async Task A_killed_ingest_resumes_to_exactly_what_a_fresh_build_makes()
    {
        MakeCorpus();

        var beforeKill = await RunUntilKilledAsync(resumed.Path);
        var rerun = await RunAsync(resumed.Path);
        await RunAsync(fresh.Path);

        var files = Directory.GetFiles(corpus.Path, "*.pdf", SearchOption.AllDirectories).Length;
        Assert.InRange(beforeKill, 1, files - 1);
        Assert.InRange(rerun, 1, files - beforeKill);
        var (resumedRecords, resumedLedger) = Snapshot(resumed.Path);
        var (freshRecords, freshLedger) = Snapshot(fresh.Path);
        Assert.NotEmpty(freshRecords);
        Assert.Equal(freshRecords, resumedRecords);
        Assert.Equal(freshLedger, resumedLedger);
        Assert.DoesNotContain(resumedLedger, e => e.Contains("pending"));
    }

    /// <summary>Small files sort first and finish quickly; the seed packs take seconds each, so the kill lands mid-run.</summary>
    private void MakeCorpus()
    {
        corpus.Write("a-notice.pdf", HostilePdfs.Text("Notice of meeting of the Scrutiny Commission"));
        corpus.Write("a-scan.pdf", HostilePdfs.ImageOnly());
        corpus.Write("a-truncated.pdf", HostilePdfs.Truncated());
        corpus.Write("a-crash.pdf", HostilePdfs.XObjectCycle());
        corpus.Write("b-copy-of-notice.pdf", HostilePdfs.Text("Notice of meeting of the Scrutiny Commission"));
        File.Copy(Corpus.Pack(Corpus.March2022), corpus.File(Corpus.March2022));
        // The same pack published again in another folder with a byte more: same records, a second source.
        var republished = File.ReadAllBytes(Corpus.Pack(Corpus.March2022)).Concat("% republished\n"u8.ToArray()).ToArray();
        corpus.Write("2022/" + Corpus.March2022, republished);
    }

    /// <summary>Starts `ingest`, kills the whole process tree once a commit exists and some files are done; returns how many were.</summary>
    private async Task<int> RunUntilKilledAsync(string index)
    {
        using var child = Start(index);
        var done = 0;
        child.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith('[') == true)
                Interlocked.Increment(ref done);
        };
        child.BeginErrorReadLine();
        while (!child.HasExited && !(Volatile.Read(ref done) >= 3 && Directory.EnumerateFiles(index, "segments_*").Any()))
            await Task.Delay(20);
        Assert.False(child.HasExited, "ingest finished before it could be killed");
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
        using var killed = SearchIndex.Open(new IndexOptions { Path = index });
        return FileLedger.Load(killed.CommittedUserData).Snapshot().Count(e => e.State != FileState.Pending);
    }

    /// <summary>Runs `ingest` to the end; returns how many files it extracted.</summary>
    private async Task<int> RunAsync(string index)
    {
        using var child = Start(index);
        var progress = new List<string>();
        child.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith('[') == true)
                lock (progress)
                    progress.Add(e.Data);
        };
        child.BeginErrorReadLine();
        var summary = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        Assert.True(child.ExitCode == 0, summary);
        Assert.StartsWith("ingest: 7 files", summary);
        return progress.Count;
    }

    private Process Start(string index) =>
        Process.Start(IngestProcess.StartInfo("ingest", corpus.Path, "--index", index, "--jobs", "2"))!;

    /// <summary>Every record as "id [sources]" and every ledger entry as "file state hash records packId".</summary>
    private static (List<string> Records, List<string> Ledger) Snapshot(string path)
    {
        using var index = SearchIndex.Open(new IndexOptions { Path = path });
        var hits = index.Search(new SearchRequest { PageSize = 100_000 });
        var records = hits.Hits
            .Select(h => $"{h.Record.Id} [{string.Join(' ', h.Record.Sources.Order(StringComparer.Ordinal))}]")
            .Order(StringComparer.Ordinal).Append($"total {hits.Total}, documents {index.Count}").ToList();
        var ledger = FileLedger.Load(index.CommittedUserData).Snapshot()
            .Select(e => $"{e.File} {e.State} {e.Hash} {e.Records} {e.PackId} {e.Error}").ToList();
        return (records, ledger);
    }

    public void Dispose()
    {
        corpus.Dispose();
        resumed.Dispose();
        fresh.Dispose();
    }
}
