using System.Diagnostics;
using System.Globalization;
using AgendaSearch.Index;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Ingest.Worker;
using Microsoft.Extensions.Logging;

namespace AgendaSearch.Ingest.Commands;

/// <summary>
/// `ingest FOLDER --index DIR`: builds or updates an index in one go with the worker's own pipeline (same
/// ledger, so a later run, or the web host's worker, only redoes what changed). Progress goes to stderr, one
/// line per file; the summary line to stdout. The index is merged into one segment at the end (see
/// <see cref="Index.Search.ISearchIndex.Compact"/>). Interrupted (Ctrl+C or killed), a rerun continues where the
/// last commit left off.
/// </summary>
internal sealed class IngestCommand : ICommand
{
    public string Name => "ingest";
    public string Usage => "ingest FOLDER --index DIR [--jobs N] [--timeout SECONDS] [--no-ocr] [--ocr-languages L]   build or update an index from a folder of PDFs";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        if (Parse(args) is not { } options || options.IndexPath is null)
        {
            stderr.WriteLine("usage: " + Usage);
            return 2;
        }
        if (!Directory.Exists(options.Ingest.CorpusPath))
        {
            stderr.WriteLine($"ingest: no folder {options.Ingest.CorpusPath}");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        using var index = SearchIndex.Open(new IndexOptions { Path = options.IndexPath });
        if (index.ReplacedSchema is { } old)
            stderr.WriteLine($"ingest: the index was written by another version of AgendaSearch (layout {old}); rebuilding it");
        var ocr = options.Ingest.ResolveOcr(options.IndexPath, new TextWriterLogger(stderr, LogLevel.Information));
        using var extractor = new ChildProcessExtractor(options.Ingest.Timeout, options.Ingest.MemoryLimitMb, options.Ingest.RecycleAfter, ocr);
        var pipeline = new IngestPipeline(options.Ingest, index, extractor, new PackRecords(), new TextWriterLogger(stderr, LogLevel.Error));
        var progress = new BatchProgress(stderr);
        pipeline.Processed += progress.Report;
        try
        {
            pipeline.Start();
            await pipeline.SyncAsync(null, cancellation);
            progress.Planned(pipeline.Status().Totals.Pending);
            await pipeline.WhenIdleAsync(cancellation);
        }
        finally
        {
            await pipeline.DisposeAsync();
        }
        // A batch leaves the index in several segments; the service that searches it is quicker on one.
        var merging = Stopwatch.StartNew();
        try
        {
            if (index.Compact())
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest: index merged into one segment in {merging.Elapsed.TotalSeconds:0.0} s"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The last commit stays as it was (a full disk, say): every pack is indexed, only not merged.
            stderr.WriteLine($"ingest: merging the index into one segment failed ({e.Message}); it is searchable as it is");
        }
        var totals = pipeline.Status().Totals;
        var seconds = clock.Elapsed.TotalSeconds;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ingest: {totals.Files} files ({progress.Done} read now), {totals.Pages} pages, {totals.Records} records, " +
            $"{totals.Failed} failures, {totals.NoText} without text, {totals.Duplicate} duplicates, {seconds:0.0} s, " +
            $"{progress.Pages / Math.Max(seconds, 0.001):0.0} pages/s"));
        return 0;
    }

    private sealed record Options(IngestOptions Ingest, string? IndexPath);

    private static Options? Parse(string[] args)
    {
        // No compaction in the background during a batch (a slow PDF can make a quiet spell): one at the end instead.
        var ingest = new IngestOptions { CommitInterval = TimeSpan.FromSeconds(1), CompactAfter = TimeSpan.Zero };
        string? folder = null, indexPath = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--index" when value is not null:
                    indexPath = value;
                    i++;
                    break;
                case "--jobs" when int.TryParse(value, out var jobs) && jobs > 0:
                    ingest.Parallelism = jobs;
                    i++;
                    break;
                case "--timeout" when int.TryParse(value, out var timeout) && timeout > 0:
                    ingest.Timeout = TimeSpan.FromSeconds(timeout);
                    i++;
                    break;
                case "--no-ocr":
                    ingest.Ocr = false;
                    break;
                case "--ocr-languages" when value is not null:
                    ingest.OcrLanguages = value;
                    i++;
                    break;
                case var path when folder is null && !path.StartsWith("--", StringComparison.Ordinal):
                    folder = path;
                    break;
                default:
                    return null;
            }
        }
        if (folder is null)
            return null;
        ingest.CorpusPath = folder;
        return new Options(ingest, indexPath);
    }

    /// <summary>One stderr line per finished file: "[3/40] a.pdf: indexed, 148 pages, 320 records, 4100 ms".</summary>
    private sealed class BatchProgress(TextWriter stderr)
    {
        private int planned;

        public int Done { get; private set; }
        public int Pages { get; private set; }

        public void Planned(int count) => Volatile.Write(ref planned, count);

        public void Report(LedgerEntry entry)
        {
            lock (this)
            {
                Done++;
                Pages += entry.Pages ?? 0;
                var scanned = entry.OcrPages is { } ocr ? $" ({ocr} by OCR)" : "";
                var detail = entry.State == FileState.Failed ? entry.Error : $"{entry.Pages} pages{scanned}, {entry.Records} records";
                var of = Math.Max(Volatile.Read(ref planned), Done);
                stderr.WriteLine($"[{Done}/{of}] {entry.File}: {StateName(entry.State)}, {detail}, {entry.Milliseconds} ms");
            }
        }

        private static string StateName(FileState state) => state == FileState.NoText ? "no-text" : state.ToString().ToLowerInvariant();
    }
}
