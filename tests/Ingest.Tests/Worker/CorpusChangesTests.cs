using AgendaSearch.Ingest.Worker;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>When a worker scans its whole corpus folder: the rule the embedded worker and the cluster ingest role share.</summary>
public sealed class CorpusChangesTests
{
    private static readonly IngestOptions Settings = new() { RescanInterval = TimeSpan.FromMinutes(5) };

    [Fact]
    public void The_first_call_scans_then_nothing_until_the_rescan_interval()
    {
        using var folder = new TempFolder();
        using var corpus = new CorpusChanges(folder.Path, Settings);
        var now = DateTime.UtcNow;

        Assert.True(corpus.Next(now).FullScan);
        var (fullScan, changed) = corpus.Next(now.AddSeconds(1));
        Assert.False(fullScan);
        Assert.Empty(changed);
        Assert.True(corpus.Next(now + Settings.RescanInterval).FullScan);
    }

    [Fact]
    public void A_failed_scan_is_asked_for_again_at_once()
    {
        using var folder = new TempFolder();
        using var corpus = new CorpusChanges(folder.Path, Settings);
        var now = DateTime.UtcNow;
        Assert.True(corpus.Next(now).FullScan);

        corpus.ScanAgain();

        Assert.True(corpus.Next(now.AddMilliseconds(100)).FullScan);
    }

    [Fact]
    public void A_folder_that_appears_later_is_scanned_when_it_appears()
    {
        using var folder = new TempFolder();
        var root = folder.File("later");
        using var corpus = new CorpusChanges(root, Settings);
        var now = DateTime.UtcNow;
        Assert.True(corpus.Next(now).FullScan);
        Assert.False(corpus.Next(now.AddSeconds(1)).FullScan);

        Directory.CreateDirectory(root);

        Assert.True(corpus.Next(now.AddSeconds(2)).FullScan);
    }
}
