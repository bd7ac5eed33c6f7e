using System.Net;
using System.Text.Json.Nodes;

namespace AgendaSearch.Cluster.E2E.Tests.Support;

/// <summary>
/// The processes of one cluster on one corpus and database: ingest workers and search nodes (each with its own index
/// folder, kept across a restart under the same name), started, killed and awaited. Every wait is bounded and fails saying what it waited for, with the processes' output.
/// </summary>
internal sealed class ClusterNodes(TestCorpus corpus, string connectionString) : IAsyncDisposable
{
    /// <summary>The bound of every wait: long, for a loaded two-core CI machine, but a hang still ends in a clear failure.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("agendasearch-cluster-nodes-");
    private readonly List<SearchApiProcess> processes = [];

    public ClusterStore Store { get; } = new(connectionString);

    /// <summary>A cluster process with the ingest role, named <paramref name="name"/> in claims.</summary>
    public SearchApiProcess StartWorker(string name) => Start(name, "ingest");

    /// <summary>A cluster process with the search role; its index folder is kept by name, so a restart reuses it.</summary>
    public SearchApiProcess StartSearchNode(string name) => Start(name, "search");

    /// <summary>The index folder of the node called <paramref name="name"/>.</summary>
    public string IndexOf(string name) => Path.Combine(data.FullName, name, "index");

    /// <summary>Waits until the ledger has every corpus file with an outcome (none pending).</summary>
    public Task IngestedAsync() => Eventually.HoldsAsync("every corpus file to have an outcome in the shared ledger", Patience, async () =>
    {
        var files = corpus.Files;
        var ledger = await Store.LedgerAsync();
        var pending = ledger.Where(r => r.State == "pending").Select(r => r.Path).ToList();
        var absent = files.Except(ledger.Select(r => r.Path)).ToList();
        return pending.Count == 0 && absent.Count == 0 && ledger.Count == files.Count
            ? null
            : $"{ledger.Count} ledger rows for {files.Count} files; pending: {string.Join(", ", pending.Take(5))}; not in the ledger: {string.Join(", ", absent.Take(5))}";
    }, Output);

    /// <summary>Waits until <paramref name="node"/> is ready and has applied the journal up to the store's head.</summary>
    public Task CaughtUpAsync(SearchApiProcess node) => Eventually.HoldsAsync($"{node.Name} to apply the journal to its head", Patience, async () =>
    {
        var head = await Store.HeadAsync();
        var answer = await node.GetAsync("/healthz");
        if (answer is not { } health)
            return "no answer from /healthz";
        var journal = JsonNode.Parse(health.Body)?["journal"];
        var applied = journal?["applied"]?.GetValue<long>();
        var lag = journal?["lag"]?.GetValue<long>();
        return health.Status == HttpStatusCode.OK && applied == head && lag == 0 ? null : $"{(int)health.Status} {health.Body} (store head {head})";
    }, Output);

    /// <summary>Every process's last output, for a failure message.</summary>
    public string Output() => string.Join("\n", processes.Select(p => p.Tail(25)));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
            await process.DisposeAsync();
        try
        {
            data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A killed extraction child may still be closing a file; the temp folder is left behind.
        }
    }

    /// <summary>Settings of every process: a bounded file time (the large file on a slow machine), OCR off (each
    /// process would otherwise keep its own OCR cache; the comparison is of the same records either way), info logs.</summary>
    public static readonly IReadOnlyDictionary<string, string> CommonSettings = new Dictionary<string, string>
    {
        ["Ingest:Timeout"] = "00:05:00",
        ["Ingest:Ocr"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:AgendaSearch"] = "Information",
    };

    private SearchApiProcess Start(string name, string roles)
    {
        var process = SearchApiProcess.Start(name, new Dictionary<string, string>(CommonSettings.ToDictionary())
        {
            ["Corpus:Path"] = corpus.Path,
            ["Index:Path"] = IndexOf(name),
            ["Cluster:ConnectionString"] = connectionString,
            ["Cluster:Roles"] = roles,
            ["Cluster:NodeName"] = name,
            // A short lease, so a killed worker's file is taken over within seconds.
            ["Cluster:LeaseSeconds"] = "5",
            ["Cluster:PollMilliseconds"] = "200",
        });
        processes.Add(process);
        return process;
    }
}
