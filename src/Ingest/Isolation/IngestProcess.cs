using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AgendaSearch.Ingest.Commands;
using AgendaSearch.Ingest.Extraction.Ocr;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>
/// How to start `dotnet AgendaSearch.Ingest.dll VERB ...` (the worker's pooled `extract --serve` children, a test's
/// `ingest` run) from wherever this code runs. The Ingest
/// assembly is loaded in this process (SearchApi and the tests reference it, so the build copies it with its
/// runtimeconfig next to them), so its location is the entry point; the host is the dotnet muxer running us,
/// or the one `dotnet run`/`dotnet test` name in DOTNET_HOST_PATH, or the one beside the runtime we run on
/// (an apphost-started app), or DOTNET_ROOT's, or the one on PATH.
/// </summary>
internal static class IngestProcess
{
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        info.ArgumentList.Add(EntryAssembly());
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        return info;
    }

    /// <summary>The one-shot `extract FILE` child: its GC heap capped at <paramref name="memoryLimitMb"/>.</summary>
    public static ProcessStartInfo Extract(string pdfPath, int memoryLimitMb) =>
        Capped(StartInfo("extract", pdfPath), memoryLimitMb);

    /// <summary>
    /// A pooled `extract --serve` child (<see cref="ExtractionChild"/>): paths on stdin, so stdin is redirected;
    /// it watches this process and leaves when it is gone. Its GC heap is capped at <paramref name="memoryLimitMb"/>.
    /// With <paramref name="ocr"/> it reads scanned pages by OCR.
    /// </summary>
    public static ProcessStartInfo Serve(int memoryLimitMb, OcrSettings? ocr = null)
    {
        string[] serve = ["--serve", "--parent", Environment.ProcessId.ToString(CultureInfo.InvariantCulture)];
        var info = Capped(StartInfo(["extract", .. ocr?.Arguments() ?? [], .. serve]), memoryLimitMb);
        info.RedirectStandardInput = true;
        info.StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return info;
    }

    private static ProcessStartInfo Capped(ProcessStartInfo info, int memoryLimitMb)
    {
        info.Environment["DOTNET_GCHeapHardLimit"] = ((long)memoryLimitMb * 1024 * 1024).ToString("X");
        // One child per core already: server GC's per-core heaps would multiply memory for nothing.
        info.Environment["DOTNET_gcServer"] = "0";
        // Profile-guided re-JIT costs instrumentation up front; measured per child (bench/run pipeline,
        // docs/benchmarks.md) it did not pay back: 30% more CPU for a child that reads one PDF.
        SetUnlessGiven(info, "DOTNET_TieredPGO", "0");
        // A crashing child should just exit, not write a dump of itself.
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        info.Environment["DOTNET_EnableCrashReport"] = "0";
        return info;
    }

    /// <summary>Tuning the host's own environment already sets (an A/B run, an operator's choice) is passed on instead.</summary>
    private static void SetUnlessGiven(ProcessStartInfo info, string name, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)))
            info.Environment[name] = value;
    }

    private static string EntryAssembly()
    {
        var location = typeof(ExtractCommand).Assembly.Location;
        if (string.IsNullOrEmpty(location))
            throw new InvalidOperationException(
                "AgendaSearch.Ingest.dll has no file location (single-file publish?); the extract child process needs it on disk.");
        return location;
    }

    private static string DotnetHost()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self).Equals(exe, StringComparison.OrdinalIgnoreCase))
            return self;
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
            return hostPath;
        // Started through an apphost (a published app): the runtime we run on sits in DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION/.
        var runtimeRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        if (File.Exists(Path.Combine(runtimeRoot, exe)))
            return Path.Combine(runtimeRoot, exe);
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, exe)))
            return Path.Combine(root, exe);
        return exe;
    }
}
