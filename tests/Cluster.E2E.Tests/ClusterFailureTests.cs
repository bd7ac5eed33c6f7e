using System.Globalization;
using System.Text.RegularExpressions;
using AgendaSearch.Cluster.E2E.Tests.Support;
using AgendaSearch.Index;
using AgendaSearch.Postgres.Testing;

namespace AgendaSearch.Cluster.E2E.Tests;

/// <summary>
/// The issue's check, with real processes and a real PostgreSQL server: two ingest workers and two search nodes read
/// the seed packs, the real papers and one large file; mid-ingest the worker holding the large file is killed with
/// SIGKILL, a search node is killed with SIGKILL, PostgreSQL is restarted and the node is started again. Then both
/// nodes must export exactly the records of an embedded build of the same folder, every file must have been written
/// once, the restarted node must have resumed from the position in its commit, a third node started late must catch
/// up to the same records, and a file deleted from the corpus must leave every node.
/// </summary>
public sealed partial class ClusterFailureTests : IDisposable
{
    private readonly TestCorpus corpus = new();

    [Fact]
    public async Task Workers_and_nodes_survive_kills_and_a_database_restart_and_serve_the_embedded_records()
    {
        var embedded = await EmbeddedBuild.ExportAsync(corpus);

        using var server = PostgresServer.StartPrivate();
        await using var cluster = new ClusterNodes(corpus, server.CreateDatabase());
        var workers = new[] { cluster.StartWorker("w1"), cluster.StartWorker("w2") };
        var first = cluster.StartSearchNode("s1");
        var second = cluster.StartSearchNode("s2");

        // 1. A worker dies while it reads the large file: another takes the file after the lease and writes it once.
        var holder = await ClaimOfLargeAsync(cluster, workers);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await holder.KillAsync();
        var afterKill = (await cluster.Store.LedgerAsync()).Single(r => r.Path == TestCorpus.Large);
        Assert.True(afterKill.State == "pending",
            $"The large file was {afterKill.State} when its worker was killed, so the kill was not mid-file; make {nameof(TestCorpus)}'s large file larger.");

        // 2. A search node dies after it has applied part of the journal; its commit keeps its position.
        await Eventually.HoldsAsync("s2 to apply part of the journal", ClusterNodes.Patience, async () =>
            (await second.HealthAsync())?["journal"]?["applied"]?.GetValue<long>() > 0 ? null : "nothing applied yet", cluster.Output);
        await second.KillAsync();
        var position = CommittedPosition(cluster.IndexOf("s2"));
        Assert.True(position > 0, "s2's commit holds no journal position after it applied entries");

        // 3. PostgreSQL restarts (fast shutdown: every connection is cut) while the other worker and node go on.
        var beforeRestart = (await cluster.Store.LedgerAsync()).Single(r => r.Path == TestCorpus.Large);
        Assert.True(beforeRestart.State == "pending", $"the large file was {beforeRestart.State} before the restart, so it was not mid-ingest");
        server.Restart();

        // 4. The killed node starts again on its index.
        var restarted = cluster.StartSearchNode("s2");
        await cluster.IngestedAsync();
        await cluster.CaughtUpAsync(first);
        await cluster.CaughtUpAsync(restarted);

        var ledger = await cluster.Store.LedgerAsync();
        var writes = await cluster.Store.WritesAsync();
        var large = ledger.Single(r => r.Path == TestCorpus.Large);
        Assert.True(large.State == "indexed", $"the large file ended {large.State} ({large.Error})");
        Assert.True(large.Attempts >= 2, $"the large file was claimed {large.Attempts} time(s); the killed worker's claim and the other's make two");
        var failed = ledger.Where(r => r.State is "failed" or "pending").Select(r => $"{r.Path} {r.State} {r.Error}").ToList();
        Assert.True(failed.Count == 0, "files without a good outcome: " + string.Join("; ", failed));
        var indexed = ledger.Where(r => r.State == "indexed").Select(r => r.Path).ToList();
        var notOnce = indexed.Where(p => writes.GetValueOrDefault(p) != 1).Select(p => $"{p}: {writes.GetValueOrDefault(p)}").ToList();
        Assert.True(notOnce.Count == 0, "indexed files without exactly one journal replace entry: " + string.Join("; ", notOnce));
        // The journal keeps only each pack's last entry, but its head counts every entry ever written: with nothing
        // removed yet, one write per indexed file means the head equals their number (a second write of any file would
        // raise it).
        var head = await cluster.Store.HeadAsync();
        Assert.True(head == indexed.Count, $"the journal head is {head} for {indexed.Count} indexed files: some file was written more than once");

        var resumedFrom = FirstAppliedPosition(restarted);
        Assert.True(resumedFrom == position + 1,
            $"s2's commit held position {position}; after the restart it first applied from {resumedFrom?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}\n{restarted.Tail()}");

        Exports.Equal(embedded, await Exports.ReadAsync(first), "s1 against the embedded build");
        Exports.Equal(embedded, await Exports.ReadAsync(restarted), "s2 (killed and restarted) against the embedded build");

        // 5. A node added later catches up from the start to the same records.
        var third = cluster.StartSearchNode("s3");
        await cluster.CaughtUpAsync(third);
        Exports.Equal(embedded, await Exports.ReadAsync(third), "s3 (started late) against the embedded build");

        // 6. A file deleted from the corpus leaves every node.
        var gone = corpus.Files.First(f => f.StartsWith("realpacks/", StringComparison.Ordinal));
        var gonePack = (await cluster.Store.LedgerAsync()).Single(r => r.Path == gone).PackId;
        var goneRecords = embedded.Where(line => Exports.PackId(line) == gonePack).ToList();
        Assert.NotEmpty(goneRecords);
        File.Delete(corpus.File(gone));
        await Eventually.HoldsAsync($"{gone} to leave the ledger", ClusterNodes.Patience, async () =>
            (await cluster.Store.LedgerAsync()).Any(r => r.Path == gone) ? "still in the ledger" : null, cluster.Output);
        var remaining = embedded.Except(goneRecords).ToList();
        foreach (var node in new[] { first, restarted, third })
        {
            await cluster.CaughtUpAsync(node);
            Exports.Equal(remaining, await Exports.ReadAsync(node), $"{node.Name} after {gone} was deleted");
        }
    }

    public void Dispose() => corpus.Dispose();

    /// <summary>Waits until a worker holds a live claim on the large file; returns that worker.</summary>
    private static async Task<SearchApiProcess> ClaimOfLargeAsync(ClusterNodes cluster, SearchApiProcess[] workers)
    {
        SearchApiProcess? holder = null;
        await Eventually.HoldsAsync("a worker to claim the large file", ClusterNodes.Patience, async () =>
        {
            var row = (await cluster.Store.LedgerAsync()).SingleOrDefault(r => r.Path == TestCorpus.Large);
            holder = row is { State: "pending", LeaseLive: true } ? workers.SingleOrDefault(w => w.Name == row.Owner) : null;
            return holder is null ? $"ledger row: {row}" : null;
        }, cluster.Output);
        return holder!;
    }

    /// <summary>The journal position in the last commit of a (stopped) node's index.</summary>
    private static long CommittedPosition(string indexPath)
    {
        using var index = SearchIndex.Open(new IndexOptions { Path = indexPath });
        return index.CommittedUserData.TryGetValue("agendasearch.cluster.position", out var text)
            ? long.Parse(text, CultureInfo.InvariantCulture)
            : 0;
    }

    /// <summary>Where the node's first applied batch began, from its log ("Applied journal entries FROM-TO").</summary>
    private static long? FirstAppliedPosition(SearchApiProcess node) =>
        node.Output.Select(line => AppliedLine().Match(line)).FirstOrDefault(m => m.Success) is { } match
            ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"Applied journal entries (\d+)-(\d+)")]
    private static partial Regex AppliedLine();
}
