using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using AgendaSearch.Ingest.Tests;

namespace AgendaSearch.Cluster.E2E.Tests.Support;

/// <summary>
/// One OS process of the built SearchApi (`dotnet AgendaSearch.SearchApi.dll --urls ... --Setting=value ...`) on its
/// own loopback port, its output kept (for the log checks and for a failing test's message). Kill is SIGKILL to the
/// process and its extraction children, as a lost machine; Stop is SIGTERM, as a service manager's stop.
/// </summary>
internal sealed class SearchApiProcess : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private SearchApiProcess(string name, Process process, Uri address)
    {
        Name = name;
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public Uri Address { get; }

    public bool HasExited => process.HasExited;

    /// <summary>Everything the process printed so far.</summary>
    public IReadOnlyList<string> Output => lines.ToArray();

    /// <summary>The SearchApi built with these tests (same configuration), run from its output folder.</summary>
    public static string Executable { get; } = FindExecutable();

    /// <summary>Starts the app with <paramref name="settings"/> (configuration keys and values) on a free port.</summary>
    public static SearchApiProcess Start(string name, IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Executable);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in settings)
            start.ArgumentList.Add($"--{key}={value}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Plain console lines (one line per message, no colours), so log checks can read them.
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        return new SearchApiProcess(name, process, address);
    }

    /// <summary>GET <paramref name="path"/>; null while the process does not answer (starting, or its port closed).</summary>
    public async Task<(HttpStatusCode Status, string Body)?> GetAsync(string path)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(Address, path));
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>/healthz as JSON (200 or 503), or null while the process does not answer.</summary>
    public async Task<JsonNode?> HealthAsync() =>
        await GetAsync("/healthz") is { } answer && answer.Body.StartsWith('{') ? JsonNode.Parse(answer.Body) : null;

    /// <summary>SIGKILL to the process and its children (kill -9), then waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM (a graceful stop); SIGKILL if it has not ended within 30 s.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
            return;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]))
            await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    /// <summary>The last lines it printed, for a failure message.</summary>
    public string Tail(int count = 40) =>
        $"--- last output of {Name} ({Address}{(process.HasExited ? $", exited with {process.ExitCode}" : "")}) ---\n" +
        string.Join('\n', lines.TakeLast(count));

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
            await KillAsync();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lines.Enqueue(line);
        while (lines.Count > 5000 && lines.TryDequeue(out _))
        {
        }
    }

    private static string FindExecutable()
    {
        // This assembly runs from tests/Cluster.E2E.Tests/bin/CONFIGURATION/TFM/; the SearchApi was built into
        // src/SearchApi/bin/CONFIGURATION/TFM/ by the same build.
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfm.Parent!.Name;
        var path = Path.Combine(Corpus.Root, "src", "SearchApi", "bin", configuration, tfm.Name, "AgendaSearch.SearchApi.dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"The SearchApi is not built at {path}; building this test project builds it.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
