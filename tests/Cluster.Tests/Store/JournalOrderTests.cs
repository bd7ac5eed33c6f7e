using AgendaSearch.Cluster.Store;
using AgendaSearch.Cluster.Tests.Support;

namespace AgendaSearch.Cluster.Tests.Store;

public sealed class JournalOrderTests
{
    [Fact]
    public async Task A_follower_reading_after_its_position_sees_every_entry_of_concurrent_writers_in_order()
    {
        await using var db = await ClusterDatabase.CreateAsync();
        const int writers = 6, each = 20;
        using var done = new CancellationTokenSource();
        var seen = new List<long>();

        var follower = Task.Run(async () =>
        {
            var last = 0L;
            while (true)
            {
                var finished = done.IsCancellationRequested;
                var entries = await db.Journal.ReadAsync(last, 1000, CancellationToken.None);
                foreach (var entry in entries)
                {
                    // A position committed after a higher one was read would be skipped here for good.
                    Assert.Equal(last + 1, entry.Position);
                    last = entry.Position;
                    seen.Add(entry.Position);
                }
                if (finished && entries.Count == 0)
                    return;
            }
        });
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                await using var connection = await db.Source.OpenConnectionAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                await Journal.AppendAsync(connection, transaction, $"pack-{w}-{i}", "f.pdf", JournalChange.Replace, 1, CancellationToken.None);
                // Work after the append, inside the transaction, so commits interleave with other writers' appends.
                await using (var work = new Npgsql.NpgsqlCommand("SELECT pg_sleep(random() / 200)", connection, transaction))
                    await work.ExecuteNonQueryAsync();
                if (i % 7 == 3)
                    await transaction.RollbackAsync();
                else
                    await transaction.CommitAsync();
            }
        })));
        await done.CancelAsync();
        await follower;

        var committed = writers * (each - Enumerable.Range(0, each).Count(i => i % 7 == 3));
        Assert.Equal(Enumerable.Range(1, committed).Select(i => (long)i), seen);
        Assert.Equal(committed, await db.Journal.HeadAsync(CancellationToken.None));
    }
    [Fact]
    public async Task Concurrent_writers_to_the_same_packs_leave_each_packs_last_entry_and_the_head_in_commit_order()
    {
        await using var db = await ClusterDatabase.CreateAsync();
        const int writers = 4, each = 15, packs = 3;
        var written = new System.Collections.Concurrent.ConcurrentBag<(string Pack, long Position)>();

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                var pack = $"pack-{(w + i) % packs}";
                await using var connection = await db.Source.OpenConnectionAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                var position = await Journal.AppendAsync(connection, transaction, pack, "f.pdf", JournalChange.Replace, 1, CancellationToken.None);
                await using (var work = new Npgsql.NpgsqlCommand("SELECT pg_sleep(random() / 200)", connection, transaction))
                    await work.ExecuteNonQueryAsync();
                if (i % 5 == 2)
                    await transaction.RollbackAsync();
                else
                {
                    await transaction.CommitAsync();
                    written.Add((pack, position));
                }
            }
        })));

        var last = written.GroupBy(e => e.Pack).Select(g => (Pack: g.Key, Position: g.Max(e => e.Position))).OrderBy(e => e.Position).ToList();
        var kept = await db.Journal.ReadAsync(0, 1000, CancellationToken.None);
        Assert.Equal(packs, last.Count);
        Assert.Equal(last, kept.Select(e => (Pack: e.PackId, e.Position)));
        // Positions stay dense in commit order; trimming never lowers the head.
        Assert.Equal(Enumerable.Range(1, written.Count).Select(i => (long)i), written.Select(e => e.Position).Order());
        Assert.Equal(written.Count, await db.Journal.HeadAsync(CancellationToken.None));
    }
}
