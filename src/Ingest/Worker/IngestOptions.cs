using AgendaSearch.Ingest.Extraction.Ocr;
using Microsoft.Extensions.Logging;

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

    /// <summary>
    /// Whether pages without a text layer (scans) are read by OCR. Unset: on when Tesseract and pdftoppm are
    /// installed with <see cref="OcrLanguages"/>. Off, a PDF of scans alone is `no-text` as before.
    /// </summary>
    public bool? Ocr { get; set; }

    /// <summary>Tesseract languages, joined by '+' ("eng+fra"): each needs its tesseract-ocr-LANG package.</summary>
    public string OcrLanguages { get; set; } = OcrSettings.DefaultLanguages;

    /// <summary>Wall-clock limit for reading one scanned page; a file's timeout grows by this much per scanned page.</summary>
    public TimeSpan OcrPageTimeout { get; set; } = OcrSettings.DefaultPageTimeout;

    /// <summary>
    /// Where recognised pages are kept by file hash, so no file is read by OCR twice (a restart, a rebuilt
    /// index). Unset: "ocr-cache" beside the index folder (<see cref="OcrCacheBeside"/>).
    /// </summary>
    public string? OcrCache { get; set; }

    /// <summary>The default OCR cache for an index at <paramref name="indexPath"/>: outside it, so a rebuilt index keeps it.</summary>
    public static string OcrCacheBeside(string indexPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(indexPath).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "ocr-cache");

    /// <summary>
    /// The OCR the extraction children get, or null when it is off or cannot run here; logs which, once, with
    /// what was found (or how to install it).
    /// </summary>
    public OcrSettings? ResolveOcr(string indexPath, ILogger logger)
    {
        if (Ocr == false)
        {
            logger.LogInformation("OCR of scanned pages is off (Ingest:Ocr=false): image-only PDFs are reported no-text");
            return null;
        }
        var tools = OcrTools.Probe(OcrLanguages);
        if (!tools.Available)
        {
            var level = Ocr == true ? LogLevel.Warning : LogLevel.Information;
            logger.Log(level, "OCR of scanned pages is unavailable: {Reason}; image-only PDFs are reported no-text", tools.Description);
            return null;
        }
        var settings = new OcrSettings(OcrLanguages, OcrCache ?? OcrCacheBeside(indexPath), MemoryLimitMb, OcrPageTimeout);
        logger.LogInformation("OCR of scanned pages is on: {Tools}, cache {Cache}", tools.Description, settings.CacheDirectory);
        return settings;
    }
}
