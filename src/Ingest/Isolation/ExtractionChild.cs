using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AgendaSearch.Ingest.Extraction.Ocr;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// One long-lived `extract --serve` child seen from the parent: sends it a path, waits for its answer under the
/// wall-clock deadline, and when it dies instead (stack overflow, out of memory) or is killed (deadline, host
/// stopping) says why in the same words the one-shot child's exit was described with. A child that died is
/// <see cref="Spent"/>, as is one that said the file was its last, and must not be given another file.
/// </summary>
internal sealed class ExtractionChild : IDisposable
{
    // A crashing runtime prints the whole overflowing stack (megabytes); the first lines say what happened.
    private const int StderrKept = 4096;
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(2);

    private readonly Process process;
    private readonly BufferedStream stdout;
    private readonly Task stderrPump;
    private readonly StringBuilder stderrHead = new();
    private readonly Lock sync = new();
    private readonly int memoryLimitMb;
    private readonly OcrSettings? ocr;

    private ExtractionChild(Process process, int memoryLimitMb, OcrSettings? ocr)
    {
        this.process = process;
        this.memoryLimitMb = memoryLimitMb;
        this.ocr = ocr;
        stdout = new BufferedStream(process.StandardOutput.BaseStream, 1 << 16);
        stderrPump = PumpStderrAsync(process.StandardError);
    }

    public int Files { get; private set; }

    public bool Spent { get; private set; }

    /// <summary>The last file got no answer because the child died (not killed for a deadline or a stop).</summary>
    public bool Died { get; private set; }

    public bool HasExited => process.HasExited;

    public int ProcessId => process.Id;

    public static ExtractionChild Start(int memoryLimitMb, OcrSettings? ocr = null)
    {
        var process = new Process { StartInfo = IngestProcess.Serve(memoryLimitMb, ocr) };
        process.Start();
        TryLowerPriority(process);
        return new ExtractionChild(process, memoryLimitMb, ocr);
    }

    /// <summary>
    /// The result for <paramref name="path"/>. Throws <see cref="OperationCanceledException"/> (the child killed)
    /// when <paramref name="cancellation"/> fires, so the file stays pending instead of being marked failed.
    /// When the child says it is reading N scanned pages by OCR the deadline becomes <paramref name="timeout"/>
    /// plus N times the OCR page timeout from then: OCR takes seconds a page where text takes milliseconds.
    /// </summary>
    public async Task<ExtractionResult> ExtractAsync(string path, TimeSpan timeout, Action<OcrCount>? progress, CancellationToken cancellation)
    {
        Files++;
        lock (sync)
            stderrHead.Clear();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        var allowed = timeout;
        void Heard(OcrCount count)
        {
            if (count.Done == 0 && ocr is not null)
            {
                allowed = timeout + count.Of * ocr.PageTimeout;
                deadline.CancelAfter(allowed);
            }
            progress?.Invoke(count);
        }
        // Killing the child ends the read below whatever the pipe's own cancellation support.
        await using (deadline.Token.Register(Kill))
        {
            (ExtractionResult Result, bool Last)? frame = null;
            try
            {
                await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(path));
                await process.StandardInput.FlushAsync(CancellationToken.None);
                frame = await ResultFrame.ReadAsync(stdout, Heard, deadline.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException)
            {
                // The child died or was killed mid-exchange: the code below says which.
            }
            if (frame is { } answer)
            {
                Spent = answer.Last;
                return answer.Result;
            }
            Spent = true;
            await ExitedAsync();
            cancellation.ThrowIfCancellationRequested();
            if (deadline.IsCancellationRequested)
                return ExtractionResult.Failed(PdfProblems.TimedOut(allowed));
            Died = true;
            return CrashResult();
        }
    }

    private ExtractionResult CrashResult()
    {
        string stderr;
        lock (sync)
            stderr = stderrHead.ToString();
        if (stderr.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
            return ExtractionResult.Failed(PdfProblems.StackOverflow);
        if (stderr.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || stderr.Contains("out of memory", StringComparison.OrdinalIgnoreCase))
            return ExtractionResult.Failed($"{PdfProblems.OutOfMemory} (limit {memoryLimitMb} MB)");
        var firstLine = stderr.Split('\n', 2)[0].Trim();
        return ExtractionResult.Failed($"parser crashed: exit code {process.ExitCode}" + (firstLine.Length > 0 ? ": " + firstLine : ""));
    }

    /// <summary>Waits for the child to be gone and its stderr read to the end (so the crash message is all in).</summary>
    private async Task ExitedAsync()
    {
        using var grace = new CancellationTokenSource(ExitGrace);
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            await process.WaitForExitAsync(CancellationToken.None);
        }
        await stderrPump;
    }

    private async Task PumpStderrAsync(StreamReader reader)
    {
        var buffer = new char[4096];
        int read;
        try
        {
            while ((read = await reader.ReadAsync(buffer, CancellationToken.None)) > 0)
                lock (sync)
                    if (stderrHead.Length < StderrKept)
                        stderrHead.Append(buffer, 0, Math.Min(read, StderrKept - stderrHead.Length));
        }
        catch (IOException)
        {
            // The pipe broke with the child: what was read is what there is.
        }
    }

    private void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
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

    /// <summary>Closes the child's stdin, which ends its serve loop; one that does not leave within a grace period is killed.</summary>
    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // Its end of the pipe is gone already.
        }
        if (!process.WaitForExit(ExitGrace))
            Kill();
        process.WaitForExit();
        stdout.Dispose();
        process.Dispose();
    }
}
