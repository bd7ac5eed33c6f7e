namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// Settings of the ingest worker (configuration section "Ingest"; the corpus folder comes from "Corpus:Path").
/// The defaults suit a server: every core extracting, a minute per PDF, 1 GB per extraction.
/// </summary>
internal sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>The folder of PDFs, scanned recursively. The host fills it from Corpus:Path.</summary>
    public string CorpusPath { get; set; } = "corpus";

    /// <summary>Whether the web host runs the worker at all (false for a read-only search node).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many PDFs are extracted at once (one child process each). Default: one per core.</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Wall-clock limit for one PDF; a child still running then is killed and the file marked failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>GC heap cap of one extraction child (DOTNET_GCHeapHardLimit), in MB.</summary>
    public int MemoryLimitMb { get; set; } = 1024;

    /// <summary>Quiet time after the last change event before a file is read, so half-copied files are not.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Full rescan period: the safety net for change events the file watcher misses.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest delay between indexing a pack and committing it (which makes it searchable).</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
