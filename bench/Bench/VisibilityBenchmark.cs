using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace AgendaSearch.Bench;

/// <summary>
/// Time from a worker's journal write to searchable on each search node of a cluster: polls every node's /healthz
/// (journal.applied: the node commits its index before it reports a position, so a search then sees the entry) until
/// the shared ledger has no pending file and every node has applied the head; then reads each journal entry's
/// written_at and prints, per node, one line: entries, p50_ms, p99_ms, max_ms. Positions a poll finds applied together
/// count from that poll; the poll interval bounds the resolution.
/// </summary>
internal static class VisibilityBenchmark
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(30);

    public static int Run(string connectionString, IReadOnlyList<(string Name, Uri Address)> nodes)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var seen = nodes.ToDictionary(n => n.Name, _ => new Dictionary<long, DateTimeOffset>());
        var applied = nodes.ToDictionary(n => n.Name, _ => 0L);
        var clock = Stopwatch.StartNew();
        var lastCheck = TimeSpan.Zero;
        while (clock.Elapsed < Limit)
        {
            foreach (var (name, address) in nodes)
            {
                var position = Applied(http, address);
                var now = DateTimeOffset.UtcNow;
                for (var p = applied[name] + 1; p <= position; p++)
                    seen[name][p] = now;
                applied[name] = Math.Max(applied[name], position);
            }
            // The store is asked once a second whether the ingest is over; the nodes every interval.
            if (clock.Elapsed - lastCheck > TimeSpan.FromSeconds(1))
            {
                lastCheck = clock.Elapsed;
                var (pending, head) = Progress(connectionString);
                if (pending == 0 && head > 0 && applied.Values.All(a => a >= head))
                    break;
            }
            Thread.Sleep(Interval);
        }
        var written = WrittenAt(connectionString);
        foreach (var (name, _) in nodes)
        {
            var delays = seen[name].Where(s => written.ContainsKey(s.Key))
                .Select(s => (s.Value - written[s.Key]).TotalMilliseconds).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"visibility node={name} entries={delays.Count} p50_ms={Percentile(delays, 0.50):F0} p99_ms={Percentile(delays, 0.99):F0} max_ms={(delays.Count > 0 ? delays[^1] : 0):F0}"));
        }
        return 0;
    }

    private static long Applied(HttpClient http, Uri address)
    {
        try
        {
            using var response = http.GetAsync(new Uri(address, "/healthz")).Result;
            using var json = JsonDocument.Parse(response.Content.ReadAsStringAsync().Result);
            return json.RootElement.TryGetProperty("journal", out var journal) ? journal.GetProperty("applied").GetInt64() : 0;
        }
        catch (AggregateException)
        {
            return 0;
        }
    }

    private static (long Pending, long Head) Progress(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM files WHERE state = 'pending'), (SELECT position FROM journal_head)", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static Dictionary<long, DateTimeOffset> WrittenAt(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT position, written_at FROM journal", connection);
        using var reader = command.ExecuteReader();
        var written = new Dictionary<long, DateTimeOffset>();
        while (reader.Read())
            written[reader.GetInt64(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        return written;
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
