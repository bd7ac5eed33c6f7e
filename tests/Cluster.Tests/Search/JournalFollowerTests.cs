using AgendaSearch.Cluster.Search;
using AgendaSearch.Cluster.Tests.Support;
using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using AgendaSearch.Ingest.Ledger;
using Microsoft.Extensions.Logging.Abstractions;
using SeedPacks = AgendaSearch.Ingest.Tests.Corpus;

namespace AgendaSearch.Cluster.Tests.Search;

public sealed class JournalFollowerTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string nodes = Path.Combine(Path.GetTempPath(), "agendasearch-nodes-" + Guid.NewGuid().ToString("N")[..12]);
    private SeedCluster cluster = null!;

    public async Task InitializeAsync() => cluster = await SeedCluster.CreateAsync();

    [Fact]
    public async Task A_node_holds_the_records_of_an_embedded_build_resumes_after_a_restart_and_a_new_node_catches_up()
    {
        await cluster.IngestAsync();
        var head = await cluster.Database.Journal.HeadAsync(None);
        Assert.Equal(2, head);
        var embedded = await cluster.EmbeddedRecordsAsync();

        using (var first = Open("a"))
        {
            var follower = Follower(first);
            Assert.Equal(2, await follower.CatchUpAsync(None));
            Assert.Equal((head, head), (follower.Applied, follower.Head));
            Assert.Equal(embedded, SeedCluster.Records(first));
        }

        File.Delete(Path.Combine(cluster.Root, SeedPacks.July2021));
        await cluster.Worker("worker").ScanAsync(None);

        using (var reopened = Open("a"))
        {
            var follower = Follower(reopened);
            Assert.Equal(head, follower.Applied);
            Assert.Equal(1, await follower.CatchUpAsync(None));
            Assert.Equal(head + 1, follower.Applied);
            var left = SeedCluster.Records(reopened);
            Assert.NotEmpty(left);
            Assert.DoesNotContain(left, r => r.Contains("scrutiny-commission-2021-07-12-agenda-pack", StringComparison.Ordinal));

            using var late = Open("b");
            var newcomer = Follower(late);
            Assert.Equal(0, newcomer.Applied);
            // March's replace and July's removal: July's replace was trimmed when its removal was written.
            Assert.Equal(2, await newcomer.CatchUpAsync(None));
            Assert.Equal(left, SeedCluster.Records(late));
        }
    }

    [Fact]
    public async Task A_node_finds_a_pack_file_through_the_ledger_in_its_commit()
    {
        await cluster.IngestAsync();
        using var index = Open("a");

        await Follower(index).CatchUpAsync(None);

        var ledger = FileLedger.Load(index.CommittedUserData);
        var packId = Path.GetFileNameWithoutExtension(SeedPacks.March2022);
        Assert.Equal(SeedPacks.March2022, Assert.Single(ledger.Snapshot(), e => e.PackId == packId).File);
    }

    private JournalFollower Follower(ISearchIndex index) => new(index, cluster.Database.Journal, NullLogger.Instance);

    private ISearchIndex Open(string node) => SearchIndex.Open(new IndexOptions { Path = Path.Combine(nodes, node) });

    public async Task DisposeAsync()
    {
        await cluster.DisposeAsync();
        if (Directory.Exists(nodes))
            Directory.Delete(nodes, recursive: true);
    }
}
