using AgendaSearch.Cluster;
using AgendaSearch.Cluster.Search;
using AgendaSearch.Cluster.Store;
using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Ingest.Worker;
using AgendaSearch.Postgres.Testing;
using AgendaSearch.Records;
using AgendaSearch.SearchApi.Cluster;
using AgendaSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AgendaSearch.SearchApi.Tests.Cluster;

public sealed class ClusterHealthTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_search_node_further_behind_than_ReadyLag_is_not_ready_until_it_catches_up()
    {
        await using var source = NpgsqlDataSource.Create(PostgresServer.Shared.CreateDatabase());
        await SchemaMigrations.ApplyAsync(source, None);
        var options = new ClusterOptions { ConnectionString = "set", Roles = ClusterRoles.Search, ReadyLag = 1, NodeName = "worker" };
        await WriteAsync(source, options, (Council.JanuaryPack, Council.January), (Council.JulyPack, Council.July), (Council.MarchPack, Council.March));
        using var index = SearchIndex.OpenInMemory();
        var follower = new JournalFollower(index, new JournalReader(source), NullLogger.Instance);
        var services = new ServiceCollection().AddSingleton(follower).AddSingleton(index).BuildServiceProvider();
        var health = new ClusterHealth(options, services);

        var (waiting, waitingReady) = await health.CheckAsync(None);
        await follower.RefreshHeadAsync(None);
        var (behind, behindReady) = await health.CheckAsync(None);
        await follower.CatchUpAsync(None);
        var (caughtUp, caughtUpReady) = await health.CheckAsync(None);

        Assert.Equal(("waiting-for-journal", false), (waiting.Status, waitingReady));
        Assert.Equal(("catching-up", false, 3L, 0L, 3L), (behind.Status, behindReady, behind.Journal!.Head, behind.Journal.Applied, behind.Journal.Lag));
        Assert.Equal(("ok", true, 3L, 3L, 0L), (caughtUp.Status, caughtUpReady, caughtUp.Journal!.Head, caughtUp.Journal.Applied, caughtUp.Journal.Lag));
        Assert.Equal(index.Count, caughtUp.Records);
        Assert.Equal("search", caughtUp.Role);
    }

    /// <summary>One file per pack, claimed and written with a meeting record, as a worker would.</summary>
    private static async Task WriteAsync(NpgsqlDataSource source, ClusterOptions options, params (string PackId, DateOnly Date)[] packs)
    {
        var claims = new FileClaims(source, options);
        foreach (var (packId, date) in packs)
        {
            var facts = new FileFacts(1, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            await new CorpusFiles(source).UpsertAsync(packId + ".pdf", facts, packId, None);
            var claim = (await claims.ClaimAsync(None))!;
            var record = Council.Record(RecordIds.Item(RecordIds.Meeting(Council.Scrutiny, date), 1), "item", "Budget", "The budget report", date, packId, [1]);
            var entry = new LedgerEntry { File = claim.Path, Hash = claim.Hash, Size = 1, ModifiedUtc = facts.ModifiedUtc, State = FileState.Indexed };
            Assert.True(await claims.FinishAsync(claim, new DocumentRead(entry, [record]), None));
        }
    }
}
