namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Settings of the ingest worker (configuration section "Ingest"; the corpus folder comes from "Corpus:Path").
/// The defaults suit a server: every core extracting, a minute per PDF, 1 GB per extraction.
/// </summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>The folder of PDFs, scanned recursively. The host fills it from Corpus:Path.</summary>
    public string CorpusPath { get; set; } = "corpus";

    /// <summary>Whether the web host runs the worker at all (false for a read-only search node).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How many PDFs are extracted at once, which is also how many long-lived extraction child processes the pool
    /// keeps (one per PDF in flight). Default: one per core.
    /// </summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Files one extraction child reads before it is replaced by a fresh one, which bounds what a leak in the PDF
    /// library can grow to. A child is replaced at once after a crash, a timeout or out of memory. Default: 100
    /// (a fresh child costs about 0.4 CPU-s of start-up, against 1-2 CPU-s to read a typical pack).
    /// </summary>
    public int RecycleAfter { get; set; } = Isolation.ChildProcessExtractor.DefaultRecycleAfter;

    /// <summary>Wall-clock limit for one PDF; a child still running then is killed and the file marked failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>GC heap cap of one extraction child (DOTNET_GCHeapHardLimit), in MB.</summary>
    public int MemoryLimitMb { get; set; } = 1024;

    /// <summary>
    /// Quiet time after the last change event before any changed path is read: the rule for files that do not
    /// look complete (see <see cref="Settle"/>), folders and renames, so half-copied files are not read.
    /// </summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The faster rule for a new or changed PDF: it is read as soon as it ends with "%%EOF" (trailing whitespace
    /// allowed) and no change event came and its size and modification time stayed the same for this long
    /// (a deleted file likewise). A file still growing waits for <see cref="Debounce"/>. Default: 0.25 s, so a
    /// copied pack is searchable well within 2 s (read within about 0.4 s of the copy ending, then extraction
    /// and the next commit). TimeSpan.Zero or anything at least <see cref="Debounce"/> leaves only the debounce.
    /// </summary>
    public TimeSpan Settle { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Full rescan period: the safety net for change events the file watcher misses.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Shortest time between two commits (a commit makes indexed packs searchable). A pack indexed after a quiet
    /// spell is committed within a fifth of it; during a batch the commits come once per interval.
    /// </summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long the index must go without writes before the worker merges it into one segment (in the background;
    /// new packs are still indexed and committed meanwhile). Searches pay per segment and query term, so on the
    /// 1,000-pack benchmark one segment served a third more searches per CPU-second than the ten a batch leaves;
    /// the merge rewrites the index, about 3 s of CPU per 1,000 packs. Default 30 s; TimeSpan.Zero switches it off.
    /// </summary>
    public TimeSpan CompactAfter { get; set; } = TimeSpan.FromSeconds(30);
}
