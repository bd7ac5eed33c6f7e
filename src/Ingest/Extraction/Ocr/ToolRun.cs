using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AgendaSearch.Ingest.Extraction.Ocr;

/// <summary>
/// Runs one external program (Tesseract, pdftoppm) to the end and returns its exit code and output. With a
/// memory cap it runs under `sh -c 'ulimit -v'`, so a page that makes it balloon ends that program, not the
/// machine; it inherits the extraction child's low priority. Past <paramref name="timeout"/> it is killed.
/// </summary>
internal static class ToolRun
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr, bool TimedOut)
    {
        /// <summary>The first line of stderr, or the exit code: why the program failed, in one line.</summary>
        public string Reason => TimedOut
            ? "timed out"
            : Stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) is { } line
                ? $"exit code {ExitCode}: {line}"
                : $"exit code {ExitCode}";
    }

    public static Outcome Run(string program, IEnumerable<string> args, int? memoryLimitMb, TimeSpan timeout)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        if (memoryLimitMb is { } mb)
        {
            info.FileName = "/bin/sh";
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("ulimit -v \"$0\" 2>/dev/null; exec \"$@\"");
            info.ArgumentList.Add(((long)mb * 1024).ToString(CultureInfo.InvariantCulture));
            info.ArgumentList.Add(program);
        }
        else
            info.FileName = program;
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        // The extraction children already use one core each: Tesseract's own threads would only compete with them.
        info.Environment["OMP_THREAD_LIMIT"] = "1";

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended just now.
            }
            process.WaitForExit();
            return new Outcome(-1, "", "", TimedOut: true);
        }
        process.WaitForExit();
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result, TimedOut: false);
    }
}
