using System.Collections.Concurrent;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// Extracts PDFs in a pool of long-lived `extract --serve` child processes, each with a GC heap cap and below
/// normal priority, so a PDF that overflows the stack, loops or eats memory costs one child, not the worker,
/// while the runtime start-up and JIT are paid once per child instead of once per PDF. A call takes an idle
/// child or starts one, so the pool grows to the number of concurrent callers (the pipeline's
/// <c>Ingest:Parallelism</c>) and no further; <see cref="Prepare"/> starts them before the first file. A child
/// is replaced after a crash or a timeout (only the file it was reading fails; a file on which a used child died
/// or ran out of memory gets one more try on a fresh one) and retired after <paramref name="recycleAfter"/> files, which
/// bounds what a leak in the parser can cost. Disposing closes the idle children (they exit when their stdin
/// closes).
/// </summary>
public sealed class ChildProcessExtractor(TimeSpan timeout, int memoryLimitMb, int recycleAfter = ChildProcessExtractor.DefaultRecycleAfter)
    : IPackExtractor, IDisposable
{
    public const int DefaultRecycleAfter = 100;

    private readonly ConcurrentBag<ExtractionChild> idle = [];
    private volatile bool disposed;
    private int started;

    /// <summary>Children started so far (the first of each slot, replacements and recycles).</summary>
    public int ChildrenStarted => Volatile.Read(ref started);

    /// <summary>Children started and waiting for a file.</summary>
    public int Idle => idle.Count;

    /// <summary>The process ids of the idle children (tests kill them from outside).</summary>
    internal IReadOnlyList<int> IdleProcessIds => idle.Select(child => child.ProcessId).ToList();

    public async Task<ExtractionResult> ExtractAsync(string path, CancellationToken cancellation)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        cancellation.ThrowIfCancellationRequested();
        var child = Take();
        var result = await ExtractOnAsync(child, path, cancellation);
        // The file gets one more try on a fresh child before it is marked failed when the child may have failed
        // for another reason than this file: it died (killed from outside, say by the kernel's OOM killer, between
        // the liveness check in Take and the send), or it had read other files and ran out of memory on a heap they
        // fragmented. A file that really crashes the parser fails the same way on the fresh child.
        if (child.Died || (PdfProblems.IsOutOfMemory(result) && child.Files > 1))
            result = await ExtractOnAsync(Fresh(), path, cancellation);
        return result;
    }

    private async Task<ExtractionResult> ExtractOnAsync(ExtractionChild child, string path, CancellationToken cancellation)
    {
        var keep = false;
        try
        {
            var result = await child.ExtractAsync(path, timeout, cancellation);
            keep = !child.Spent && child.Files < recycleAfter;
            return result;
        }
        finally
        {
            if (keep && !disposed)
                idle.Add(child);
            else
                Retire(child);
        }
    }

    /// <summary>
    /// Starts children up to <paramref name="parallelism"/> idle ones, so the first files find them started and
    /// warmed up (<see cref="WarmUpPdf"/>) instead of paying for that: a pack dropped into the folder of a
    /// freshly started host is read about 0.4 s sooner.
    /// </summary>
    public void Prepare(int parallelism)
    {
        for (var i = idle.Count; i < parallelism && !disposed; i++)
            idle.Add(Fresh());
    }

    /// <summary>An idle child still running (one that died while idle is dropped, not blamed on the next file), or a new one.</summary>
    private ExtractionChild Take()
    {
        while (idle.TryTake(out var child))
        {
            if (!child.HasExited)
                return child;
            Retire(child);
        }
        return Fresh();
    }

    private ExtractionChild Fresh()
    {
        Interlocked.Increment(ref started);
        return ExtractionChild.Start(memoryLimitMb);
    }

    // Off the caller's path: a child asked to leave takes a moment to exit, and the next file need not wait.
    private static void Retire(ExtractionChild child) => _ = Task.Run(child.Dispose);

    public void Dispose()
    {
        disposed = true;
        var leaving = new List<ExtractionChild>();
        while (idle.TryTake(out var child))
            leaving.Add(child);
        Parallel.ForEach(leaving, child => child.Dispose());
    }
}
