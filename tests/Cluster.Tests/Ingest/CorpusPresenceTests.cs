using AgendaSearch.Cluster.Store;
using AgendaSearch.Cluster.Tests.Support;
using SeedPacks = AgendaSearch.Ingest.Tests.Corpus;

namespace AgendaSearch.Cluster.Tests.Ingest;

/// <summary>
/// A worker whose shared folder is unmounted or emptied must not journal a removal for every file: every node
/// would drop every pack. A single deleted file still leaves.
/// </summary>
public sealed class CorpusPresenceTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private SeedCluster cluster = null!;
    private string aside = null!;

    public async Task InitializeAsync()
    {
        cluster = await SeedCluster.CreateAsync();
        aside = cluster.Root + "-aside";
    }

    [Fact]
    public async Task A_vanished_or_emptied_folder_removes_nothing_its_return_reads_nothing_and_one_deletion_still_leaves()
    {
        await cluster.IngestAsync();
        var worker = cluster.Worker("worker");
        Assert.Equal(2, await HeadAsync());

        Directory.Move(cluster.Root, aside);
        await worker.ScanAsync(None);
        Assert.Contains("does not exist", worker.CorpusUnavailable);
        await AssertUntouchedAsync();

        Directory.Move(aside, cluster.Root);
        await worker.ScanAsync(None);
        Assert.Null(worker.CorpusUnavailable);
        await AssertUntouchedAsync();

        // Emptied: the files moved out keep their size and time, as a share mounted again would show them.
        Directory.CreateDirectory(aside);
        foreach (var pack in Packs)
            File.Move(Path.Combine(cluster.Root, pack), Path.Combine(aside, pack));
        await worker.ScanAsync(None);
        Assert.Contains("holds no PDF", worker.CorpusUnavailable);
        await AssertUntouchedAsync();

        foreach (var pack in Packs)
            File.Move(Path.Combine(aside, pack), Path.Combine(cluster.Root, pack));
        Directory.Delete(aside);
        await worker.ScanAsync(None);
        Assert.Null(worker.CorpusUnavailable);
        await AssertUntouchedAsync();
        Assert.False(await worker.ProcessNextAsync(None));

        File.Delete(Path.Combine(cluster.Root, SeedPacks.July2021));
        await worker.ScanAsync(None);
        Assert.Null(worker.CorpusUnavailable);
        Assert.Equal(3, await HeadAsync());
        var removal = Assert.Single(await cluster.Database.Journal.ReadAsync(2, 10, None));
        Assert.Equal((JournalChange.Remove, SeedPacks.July2021), (removal.Change, removal.Path));
        Assert.Equal([SeedPacks.March2022], await FilesAsync());
    }

    [Fact]
    public async Task Files_are_not_claimed_while_the_folder_is_away_so_they_keep_their_attempts()
    {
        var worker = cluster.Worker("worker");
        await worker.ScanAsync(None);
        Directory.Move(cluster.Root, aside);
        await worker.ScanAsync(None);

        Assert.False(await worker.ProcessNextAsync(None));
        Assert.Equal(0L, await cluster.Database.ScalarAsync<long>("SELECT coalesce(sum(attempts), 0) FROM files WHERE state = 'pending'"));
        Assert.Equal(2L, await cluster.Database.ScalarAsync<long>("SELECT count(*) FROM files WHERE state = 'pending'"));

        Directory.Move(aside, cluster.Root);
        await worker.ScanAsync(None);
        Assert.True(await worker.ProcessNextAsync(None));
        Assert.Equal(1L, await cluster.Database.ScalarAsync<long>("SELECT count(*) FROM files WHERE state = 'indexed'"));
    }

    private static string[] Packs => [SeedPacks.July2021, SeedPacks.March2022];

    /// <summary>Both files known and indexed, and no journal entry since the first ingest.</summary>
    private async Task AssertUntouchedAsync()
    {
        Assert.Equal(2, await HeadAsync());
        Assert.Equal(Packs.Order(StringComparer.Ordinal), await FilesAsync());
        Assert.Equal(0L, await cluster.Database.ScalarAsync<long>("SELECT count(*) FROM files WHERE state <> 'indexed'"));
    }

    private Task<long> HeadAsync() => cluster.Database.Journal.HeadAsync(None);

    private async Task<IReadOnlyList<string>> FilesAsync() =>
        (await cluster.Database.Files.KnownAsync(None)).Keys.Order(StringComparer.Ordinal).ToList();

    public async Task DisposeAsync()
    {
        // A failed step may have left the folder moved away.
        Directory.CreateDirectory(cluster.Root);
        if (Directory.Exists(aside))
            Directory.Delete(aside, recursive: true);
        await cluster.DisposeAsync();
    }
}
