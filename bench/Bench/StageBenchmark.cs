using System.Diagnostics;
using System.Text.Json;
using AgendaSearch.Index;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Isolation;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Records;
using AgendaSearch.Ingest.Serialization;

namespace AgendaSearch.Bench;

/// <summary>
/// Where ingest time goes: the stages the worker runs for each PDF, in one process, each charged its thread CPU time.
/// pdfpig = PdfPig words to raw lines (PdfTextReader.ReadRawPages); parse = PageCleaner + PackParser; transport = the
/// JSON the `extract` child prints and the worker reads back; records = RecordBuilder; index = ReplacePack and the
/// commits (every <see cref="CommitEvery"/> packs, like the batch verb's 1 s commit interval). "other" is the rest of
/// the process's CPU: GC, Lucene's background merges, JIT. The real pipeline reads PDFs in a pool of long-lived
/// `extract --serve` children (their start-up and JIT on top), which bench/run derives from the difference with the
/// batch verb's CPU time.
/// </summary>
internal static class StageBenchmark
{
    private const int CommitEvery = 8;

    public static int Run(string directory, int threads)
    {
        var files = Directory.GetFiles(directory, "*.pdf").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"no PDFs in {directory}");
            return 1;
        }
        var indexPath = Path.Combine(Path.GetTempPath(), $"agendasearch-stages-{Environment.ProcessId}");
        try
        {
            using (var warmup = SearchIndex.OpenInMemory())
                Ingest(files[0], warmup, new StageTimes(Stages));
            using var index = SearchIndex.Open(new IndexOptions { Path = indexPath });
            var times = new StageTimes(Stages);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            long pages = 0, records = 0, done = 0;
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
            {
                var (p, r) = Ingest(file, index, times);
                Interlocked.Add(ref pages, p);
                Interlocked.Add(ref records, r);
                if (Interlocked.Increment(ref done) % CommitEvery == 0)
                    times.Time("index", () => Commit(index));
            });
            times.Time("index", () => Commit(index));
            var seconds = clock.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var parts = string.Join(' ', Stages.Select(s => $"{s}_cpu={times[s]:F2}"));
            Console.WriteLine($"stages files={files.Length} pages={pages} records={records} threads={threads} seconds={seconds:F2} " +
                              $"cpu_seconds={cpu:F2} {parts} other_cpu={Math.Max(0, cpu - times.Total):F2}");
            return 0;
        }
        finally
        {
            if (Directory.Exists(indexPath))
                Directory.Delete(indexPath, recursive: true);
        }
    }

    private static readonly string[] Stages = ["pdfpig", "parse", "transport", "records", "index"];

    private static (int Pages, int Records) Ingest(string file, Index.Search.ISearchIndex index, StageTimes times)
    {
        var bytes = File.ReadAllBytes(file);
        var raw = times.Time("pdfpig", () => PdfTextReader.ReadRawPages(bytes));
        var pack = times.Time("parse", () => PackParser.Parse(new PackText(Path.GetFileName(file), PageCleaner.Clean(raw))));
        var shipped = times.Time("transport", () =>
            JsonSerializer.Deserialize<ExtractionResult>(PackJson.Serialize(ExtractionResult.Parsed(pack, raw.Count)), PackJson.Options)!.Pack!);
        var packId = Path.GetFileNameWithoutExtension(file);
        var built = times.Time("records", () => RecordBuilder.Build(shipped, packId));
        times.Time("index", () =>
        {
            lock (index)
                index.ReplacePack(packId, built);
            return 0;
        });
        return (raw.Count, built.Count);
    }

    private static int Commit(Index.Search.ISearchIndex index)
    {
        lock (index)
            index.Commit(new Dictionary<string, string>());
        return 0;
    }
}
