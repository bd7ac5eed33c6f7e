using AgendaSearch.Cluster.Search;
using AgendaSearch.Cluster.Tests.Support;
using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using Microsoft.Extensions.Logging.Abstractions;
using SeedPacks = AgendaSearch.Ingest.Tests.Corpus;

namespace AgendaSearch.Cluster.Tests.Search;

/// <summary>
/// The journal keeps only each pack's last entry. Nodes stopped before, inside and after the trimmed entries, and
/// a node started afresh, all end with the records of an embedded build of the folder.
/// </summary>
public sealed class JournalTrimTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string nodes = Path.Combine(Path.GetTempPath(), "agendasearch-nodes-" + Guid.NewGuid().ToString("N")[..12]);
    private SeedCluster cluster = null!;

    public async Task InitializeAsync() => cluster = await SeedCluster.CreateAsync();

    [Fact]
    public async Task Nodes_at_any_position_and_a_fresh_node_end_with_the_records_of_an_embedded_build()
    {
        var july = Path.Combine(cluster.Root, SeedPacks.July2021);
        var copy = july + ".kept";
        File.Copy(july, copy);
        using var before = Open("before");
        await Follower(before).CatchUpAsync(None);

        await cluster.IngestAsync();
        using var inside = Open("inside");
        Assert.Equal(2, await Follower(inside).CatchUpAsync(None));

        File.Delete(july);
        await cluster.IngestAsync();
        using var after = Open("after");
        var afterFollower = Follower(after);
        await afterFollower.CatchUpAsync(None);
        Assert.Equal(3, afterFollower.Applied);

        // July back: read again, its replace supersedes its removal, which supersedes its first replace.
        File.Move(copy, july);
        await cluster.IngestAsync();

        var kept = await cluster.Database.Journal.ReadAsync(0, 100, None);
        Assert.Equal([(2L, SeedPacks.March2022), (4L, SeedPacks.July2021)], kept.Select(e => (e.Position, e.Path)));
        Assert.Equal(4, await cluster.Database.Journal.HeadAsync(None));

        var embedded = await cluster.EmbeddedRecordsAsync();
        using var fresh = Open("fresh");
        foreach (var index in new[] { before, inside, after, fresh })
        {
            var follower = Follower(index);
            await follower.CatchUpAsync(None);
            // Nobody started over: the head stayed where the trimmed journal's entries put each node.
            Assert.Equal((4L, 4L), (follower.Applied, follower.Head));
            Assert.Equal(embedded, SeedCluster.Records(index));
        }
        // A node starting now reads one entry per pack.
        using var late = Open("late");
        Assert.Equal(2, await Follower(late).CatchUpAsync(None));
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
