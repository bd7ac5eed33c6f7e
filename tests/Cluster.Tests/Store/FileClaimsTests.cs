using System.Collections.Concurrent;
using AgendaSearch.Cluster.Store;
using AgendaSearch.Cluster.Tests.Support;
using AgendaSearch.Records;

namespace AgendaSearch.Cluster.Tests.Store;

public sealed class FileClaimsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Workers_claiming_at_once_never_get_the_same_file()
    {
        await using var db = await ClusterDatabase.CreateAsync();
        var files = Enumerable.Range(0, 30).Select(i => $"council/pack-{i:00}.pdf").ToList();
        foreach (var file in files)
            await db.AddAsync(file, "hash-" + file);
        var claimed = new ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var claims = db.Claims($"worker-{w}");
            while (await claims.ClaimAsync(None) is { } claim)
                claimed.Add(claim.Path);
        })));

        Assert.Equal(files, claimed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_expired_lease_is_claimed_again_and_the_old_owner_can_no_longer_write()
    {
        await using var db = await ClusterDatabase.CreateAsync();
        await db.AddAsync("a.pdf", "h1");
        var first = await db.Claims("first").ClaimAsync(None);
        Assert.NotNull(first);
        Assert.Null(await db.Claims("second").ClaimAsync(None));

        await db.ExpireLeasesAsync();
        var second = await db.Claims("second").ClaimAsync(None);

        Assert.NotNull(second);
        Assert.Equal(("a.pdf", 1, 2), (second.Path, first.Attempt, second.Attempt));
        Assert.False(await db.Claims("first").RenewAsync(first, None));
        Assert.False(await db.Claims("first").FinishAsync(first, ClusterDatabase.Indexed(first, Record("a", "old")), None));
        Assert.True(await db.Claims("second").FinishAsync(second, ClusterDatabase.Indexed(second, Record("a", "new")), None));
        var journal = await db.Journal.ReadAsync(0, 10, None);
        Assert.Equal([(1L, JournalChange.Replace)], journal.Select(e => (e.Position, e.Change)));
        var stored = await db.Journal.DocumentsAsync([first.PackId], None);
        Assert.Equal("new", Assert.Single(stored[first.PackId].Records).Title);
        Assert.Equal("indexed", await db.ScalarAsync<string>("SELECT state FROM files"));
    }

    [Fact]
    public async Task A_file_whose_claims_run_out_is_failed_with_the_reason()
    {
        await using var db = await ClusterDatabase.CreateAsync();
        await db.AddAsync("a.pdf", "h1");
        var first = await db.Claims("first", maxAttempts: 2).ClaimAsync(None);
        await db.Claims("first", maxAttempts: 2).ReleaseAsync(first!, "extraction child crashed: out of memory", None);
        var second = await db.Claims("second", maxAttempts: 2).ClaimAsync(None);
        Assert.Equal(2, second!.Attempt);
        await db.ExpireLeasesAsync(); // the second worker died holding it

        Assert.Null(await db.Claims("third", maxAttempts: 2).ClaimAsync(None));

        Assert.Equal("failed", await db.ScalarAsync<string>("SELECT state FROM files"));
        Assert.Equal("gave up after 2 attempts: the worker second stopped or lost its lease while reading it",
            await db.ScalarAsync<string>("SELECT error FROM files"));
    }

    [Fact]
    public async Task A_released_claim_keeps_its_reason_until_the_next_outcome()
    {
        await using var db = await ClusterDatabase.CreateAsync();
        await db.AddAsync("a.pdf", "h1");
        var claims = db.Claims("only", maxAttempts: 1);
        await claims.ReleaseAsync((await claims.ClaimAsync(None))!, "extraction child crashed: out of memory", None);

        Assert.Null(await claims.ClaimAsync(None));

        Assert.Equal("gave up after 1 attempts: extraction child crashed: out of memory", await db.ScalarAsync<string>("SELECT error FROM files"));
    }

    [Fact]
    public async Task Of_two_files_with_the_same_bytes_the_first_path_is_read_and_the_other_is_its_duplicate()
    {
        await using var db = await ClusterDatabase.CreateAsync();
        await db.AddAsync("b/copy.pdf", "same");
        await db.AddAsync("a/pack.pdf", "same");
        var claims = db.Claims("w");

        var claim = await claims.ClaimAsync(None);

        Assert.Equal("a/pack.pdf", claim!.Path);
        Assert.Null(await claims.ClaimAsync(None));
        Assert.Equal("a/pack.pdf", await db.ScalarAsync<string>("SELECT duplicate_of FROM files WHERE path = 'b/copy.pdf' AND state = 'duplicate'"));

        await db.Files.RemoveAsync("a/pack.pdf", None);
        Assert.Equal("b/copy.pdf", (await claims.ClaimAsync(None))!.Path);
    }

    [Fact]
    public async Task A_deleted_file_leaves_the_store_as_a_journal_removal()
    {
        await using var db = await ClusterDatabase.CreateAsync();
        await db.AddAsync("a.pdf", "h1");
        var claims = db.Claims("w");
        var claim = (await claims.ClaimAsync(None))!;
        Assert.True(await claims.FinishAsync(claim, ClusterDatabase.Indexed(claim, Record("a", "t")), None));

        await db.Files.RemoveAsync("a.pdf", None);

        // The removal supersedes the pack's replace, which is trimmed; the removal stays as the pack's last entry.
        var journal = await db.Journal.ReadAsync(0, 10, None);
        Assert.Equal([(2L, JournalChange.Remove)], journal.Select(e => (e.Position, e.Change)));
        Assert.Empty(await db.Journal.DocumentsAsync([claim.PackId], None));
        Assert.Equal(0L, await db.ScalarAsync<long>("SELECT count(*) FROM files"));
    }

    [Fact]
    public async Task New_bytes_make_a_file_pending_again_and_fence_out_the_claim_on_the_old_bytes()
    {
        await using var db = await ClusterDatabase.CreateAsync();
        await db.AddAsync("a.pdf", "h1");
        var claims = db.Claims("w", maxAttempts: 1);
        var old = (await claims.ClaimAsync(None))!;

        await db.AddAsync("a.pdf", "h2");

        Assert.False(await claims.FinishAsync(old, ClusterDatabase.Indexed(old, Record("a", "old")), None));
        var fresh = (await claims.ClaimAsync(None))!;
        Assert.Equal(("h2", 1), (fresh.Hash, fresh.Attempt));
    }

    [Fact]
    public async Task Same_named_files_in_two_folders_get_two_pack_ids()
    {
        await using var db = await ClusterDatabase.CreateAsync();
        await db.AddAsync("kent/cabinet-2025-01-30-agenda.pdf", "h1");
        await db.AddAsync("bristol/cabinet-2025-01-30-agenda.pdf", "h2");

        var ids = new[] { (await db.Claims("w").ClaimAsync(None))!.PackId, (await db.Claims("w").ClaimAsync(None))!.PackId };

        Assert.Equal(2, ids.Distinct().Count());
        Assert.Contains("cabinet-2025-01-30-agenda", ids);
    }

    internal static SearchRecord Record(string id, string title) => new()
    {
        Id = id, Type = RecordKind.Item, Body = "Cabinet", PackId = "p", Title = title, Text = title,
    };
}
