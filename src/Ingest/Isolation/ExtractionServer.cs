using System.Diagnostics;
using System.Text.Json;
using AgendaSearch.Ingest.Extraction.Ocr;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// The child side of the extraction pool (`extract --serve`): reads one PDF path a line from stdin (a JSON
/// string, so any file name survives) and answers each with a <see cref="ResultFrame"/> on stdout, after a progress
/// line per page when the file's scanned pages are read by OCR. It exits
/// when stdin closes (the parent shut it down, or died), when the parent process is gone (checked every
/// second, for a child busy with a file when the parent died), and after a file that left it unfit.
/// </summary>
internal static class ExtractionServer
{
    private static readonly TimeSpan ParentCheck = TimeSpan.FromSeconds(1);

    // An idle child gives the memory its last file needed back to the system (a long-lived child otherwise
    // keeps its largest heap); a child that is kept busy never waits this long.
    private static readonly TimeSpan IdleTrim = TimeSpan.FromSeconds(2);

    public const int ExitUnfit = 3;

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            yield return x;
    }

    /// <summary>Serves until stdin closes; <paramref name="warmUp"/> runs first (its failure is no reason not to serve).</summary>
    public static int Run(int? parentId, Func<string, Action<OcrCount>, (ExtractionResult Result, bool Healthy)> extract, Action warmUp)
    {
        using var watch = parentId is { } id ? new Timer(_ => ExitIfGone(id), null, ParentCheck, ParentCheck) : null;
        var output = Console.OpenStandardOutput();
        // The frames own stdout: anything a library prints goes to stderr instead of corrupting them.
        Console.SetOut(Console.Error);
        try
        {
            warmUp();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The exception types of the whole chain, so that an out-of-memory inside a type initialiser still
            // reads as one when the child then dies of it (the parent looks for "OutOfMemory" in stderr).
            var chain = string.Join(" <- ", Chain(e).Select(x => $"{x.GetType().Name}: {x.Message}"));
            Console.Error.WriteLine("warm-up failed: " + chain);
        }
        using var trim = new Timer(_ => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true));
        trim.Change(IdleTrim, Timeout.InfiniteTimeSpan);
        var input = new StreamReader(Console.OpenStandardInput());
        while (input.ReadLine() is { } line)
        {
            if (line.Length == 0 || JsonSerializer.Deserialize<string>(line) is not { } path)
                continue;
            trim.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            var (result, healthy) = extract(path, count => ResultFrame.WriteProgress(output, count));
            ResultFrame.Write(output, result, last: !healthy);
            if (!healthy)
                return ExitUnfit;
            trim.Change(IdleTrim, Timeout.InfiniteTimeSpan);
        }
        return 0;
    }

    private static void ExitIfGone(int parentId)
    {
        try
        {
            using var parent = Process.GetProcessById(parentId);
            if (!parent.HasExited)
                return;
        }
        catch (ArgumentException)
        {
            // No such process any more.
        }
        Environment.Exit(0);
    }
}
