using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AgendaSearch.Ingest.Serialization;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// Runs the Ingest executable's `extract` verb in a child process with a wall-clock timeout and a GC heap cap,
/// so a PDF that overflows the stack, loops or eats memory costs one child, not the worker. The child runs at
/// lower priority so searches served by the parent stay responsive while a corpus is ingested.
/// </summary>
internal sealed class ChildProcessExtractor(TimeSpan timeout, int memoryLimitMb) : IPackExtractor
{
    // A crashing runtime prints the whole overflowing stack (megabytes); the first lines say what happened.
    private const int StderrKept = 4096;

    public async Task<ExtractionResult> ExtractAsync(string path, CancellationToken cancellation)
    {
        using var child = new Process { StartInfo = IngestProcess.Extract(path, memoryLimitMb) };
        child.Start();
        TryLowerPriority(child);
        var stdout = child.StandardOutput.ReadToEndAsync(cancellation);
        var stderr = ReadHeadAsync(child.StandardError, cancellation);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        try
        {
            await child.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(CancellationToken.None);
            cancellation.ThrowIfCancellationRequested();
            return ExtractionResult.Failed(PdfProblems.TimedOut(timeout));
        }
        return Interpret(child.ExitCode, await stdout, await stderr);
    }

    private ExtractionResult Interpret(int exitCode, string stdout, string stderr)
    {
        if (exitCode is 0 or 1 && TryParse(stdout) is { } result)
            return result;
        if (stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
            return ExtractionResult.Failed(PdfProblems.StackOverflow);
        if (stderr.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || stderr.Contains("out of memory", StringComparison.OrdinalIgnoreCase))
            return ExtractionResult.Failed($"{PdfProblems.OutOfMemory} (limit {memoryLimitMb} MB)");
        var firstLine = stderr.Split('\n', 2)[0].Trim();
        return ExtractionResult.Failed($"parser crashed: exit code {exitCode}" + (firstLine.Length > 0 ? ": " + firstLine : ""));
    }

    private static ExtractionResult? TryParse(string stdout)
    {
        try
        {
            return JsonSerializer.Deserialize<ExtractionResult>(stdout, PackJson.Options) is { } r && (r.Pack is not null || r.Error is not null) ? r : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<string> ReadHeadAsync(StreamReader reader, CancellationToken cancellation)
    {
        var head = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellation)) > 0)
            if (head.Length < StderrKept)
                head.Append(buffer, 0, Math.Min(read, StderrKept - head.Length));
        return head.ToString();
    }

    private static void TryLowerPriority(Process child)
    {
        try
        {
            child.PriorityClass = ProcessPriorityClass.BelowNormal;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or PlatformNotSupportedException)
        {
            // The child already exited, or the platform refuses: extraction still works at normal priority.
        }
    }
}
