using System.Diagnostics;
using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Bench;

/// <summary>
/// Extraction only: the Ingest project's PDF layer (PdfPig words to cleaned lines) over every PDF of a folder, files
/// shared among worker threads, after one untimed warm-up file so JIT is not counted. Reports wall and CPU time.
/// </summary>
internal static class ExtractBenchmark
{
    public static int Run(string directory, int threads)
    {
        var files = Directory.GetFiles(directory, "*.pdf").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"no PDFs in {directory}");
            return 1;
        }
        PdfTextReader.Read(files[0]);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var pages = 0L;
        var lines = 0L;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
        {
            var text = PdfTextReader.Read(file);
            Interlocked.Add(ref pages, text.Pages.Count);
            Interlocked.Add(ref lines, text.Pages.Sum(p => p.Lines.Count));
        });
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"extract files={files.Length} pages={pages} lines={lines} threads={threads} seconds={seconds:F2} " +
                          $"cpu_seconds={cpu:F2} pages_per_second={pages / seconds:F0} pages_per_cpu_second={pages / cpu:F0}");
        return 0;
    }
}
