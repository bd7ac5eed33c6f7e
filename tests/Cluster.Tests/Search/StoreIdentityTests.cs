using AgendaSearch.Cluster.Search;
using AgendaSearch.Cluster.Store;
using AgendaSearch.Cluster.Tests.Store;
using AgendaSearch.Cluster.Tests.Support;
using AgendaSearch.Index;
using AgendaSearch.Index.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace AgendaSearch.Cluster.Tests.Search;

public sealed class StoreIdentityTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_node_pointed_at_a_new_database_drops_what_it_followed_before_and_starts_from_its_beginning()
    {
        await using var old = await ClusterDatabase.CreateAsync();
        await using var fresh = await ClusterDatabase.CreateAsync();
        await WriteAsync(old, "old-1", "old-2", "old-3");
        await WriteAsync(fresh, "new-1");
        using var index = SearchIndex.OpenInMemory();
        await new JournalFollower(index, old.Journal, NullLogger.Instance).CatchUpAsync(None);
        Assert.Equal(["old-1", "old-2", "old-3"], Ids(index));

        var follower = new JournalFollower(index, fresh.Journal, NullLogger.Instance);
        Assert.Equal(3, follower.Applied);
        await follower.CatchUpAsync(None);

        Assert.Equal(["new-1"], Ids(index));
        Assert.Equal((1L, 1L), (follower.Applied, follower.Head));
        Assert.Equal((await fresh.Journal.HeadAndStoreAsync(None)).Store.ToString(), index.CommittedUserData[JournalFollower.StoreKey]);
    }

    private static async Task WriteAsync(ClusterDatabase db, params string[] ids)
    {
        var claims = db.Claims("worker");
        foreach (var id in ids)
        {
            await db.AddAsync(id + ".pdf", id);
            var claim = (await claims.ClaimAsync(None))!;
            Assert.True(await claims.FinishAsync(claim, ClusterDatabase.Indexed(claim, FileClaimsTests.Record(id, id)), None));
        }
    }

    private static IReadOnlyList<string> Ids(ISearchIndex index) =>
        index.Search(new SearchRequest { PageSize = 100 }).Hits.Select(h => h.Record.Id).Order(StringComparer.Ordinal).ToList();
}
