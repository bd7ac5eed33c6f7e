using System.Collections.Concurrent;
using System.Threading.Channels;

namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Files waiting for or under extraction. A file is in here at most once; a change noticed meanwhile is
/// remembered and the file planned again when its current extraction ends.
/// </summary>
internal sealed class WorkQueue
{
    private readonly Channel<WorkItem> channel = Channel.CreateUnbounded<WorkItem>();
    private readonly ConcurrentDictionary<string, WorkItem> scheduled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> recheck = new(StringComparer.Ordinal);
    private int extracting;

    public int Count => scheduled.Count;
    public int Extracting => Volatile.Read(ref extracting);
    public ChannelReader<WorkItem> Reader => channel.Reader;

    public void Add(WorkItem item)
    {
        scheduled[item.File] = item;
        channel.Writer.TryWrite(item);
    }

    /// <summary>True (and the change remembered) when <paramref name="file"/> is already queued or being extracted.</summary>
    public bool Defer(string file)
    {
        if (!scheduled.ContainsKey(file))
            return false;
        recheck[file] = true;
        return true;
    }

    public bool Contains(string file) => scheduled.ContainsKey(file);

    /// <summary>The queued or in-flight file that will stand for <paramref name="hash"/>, other than <paramref name="file"/>.</summary>
    public string? Claimant(string hash, string file) =>
        scheduled.Values.Where(i => i.Hash == hash && i.File != file).Select(i => i.File).Min(StringComparer.Ordinal);

    public void Started() => Interlocked.Increment(ref extracting);

    /// <summary>Takes <paramref name="file"/> out; true when a change arrived meanwhile and it must be planned again.</summary>
    public bool Finish(string file)
    {
        Interlocked.Decrement(ref extracting);
        scheduled.TryRemove(file, out _);
        return recheck.TryRemove(file, out _);
    }

    public void Complete() => channel.Writer.TryComplete();
}
