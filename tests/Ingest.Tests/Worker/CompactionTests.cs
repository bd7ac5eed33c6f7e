using AgendaSearch.Ingest.Tests.Worker.Fixtures;
using AgendaSearch.Ingest.Worker;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace AgendaSearch.Ingest.Tests.Worker;

/// <summary>
/// Once writes stop for Ingest:CompactAfter, the pipeline merges an index of four or more segments into one and
/// commits that, with the same records and ledger; while files keep coming, or with fewer segments, it does not.
/// </summary>
public sealed class CompactionTests
{
    [Fact]
    public async Task After_a_quiet_spell_the_committed_index_is_one_segment_with_the_same_records()
    {
        await using var harness = new PipelineHarness(compactAfter: TimeSpan.FromMilliseconds(300));
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            harness.Write(name + ".pdf", $"Agenda of meeting {name}\nReport of the Director {name}");
            await harness.SyncAsync();
        }
        var records = harness.RecordIds();

        var segments = await CommittedSegmentsOnceSettled(harness.IndexPath, TimeSpan.FromSeconds(30));

        Assert.Equal(1, segments);
        Assert.Equal(records, harness.RecordIds());
        Assert.Equal(8, records.Count);
        Assert.All(new[] { "a.pdf", "b.pdf", "c.pdf", "d.pdf" }, file => Assert.Equal(2, harness.Entry(file).Records));

        // A restart finds the compacted commit and has nothing to redo.
        await harness.RestartAsync();
        await harness.SyncAsync();
        Assert.Equal(records, harness.RecordIds());
        Assert.Equal(4, harness.Extractor.TotalCalls);
    }

    [Fact]
    public async Task Fewer_segments_than_the_threshold_are_left_alone_after_a_quiet_spell()
    {
        await using var harness = new PipelineHarness(compactAfter: TimeSpan.FromMilliseconds(100));
        foreach (var name in new[] { "a", "b", "c" })
        {
            harness.Write(name + ".pdf", $"Agenda of meeting {name}\nReport of the Director {name}");
            await harness.SyncAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(BackgroundCompaction.FromSegments - 1, CommittedSegments(harness.IndexPath));
    }

    [Fact]
    public async Task Without_a_quiet_spell_the_segments_stay()
    {
        await using var harness = new PipelineHarness();
        foreach (var name in new[] { "a", "b" })
        {
            harness.Write(name + ".pdf", $"Agenda of meeting {name}\nReport of the Director {name}");
            await harness.SyncAsync();
        }

        Assert.Equal(2, CommittedSegments(harness.IndexPath));
    }

    /// <summary>The committed segment count once it has been 1 or the wait is over.</summary>
    private static async Task<int> CommittedSegmentsOnceSettled(string path, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        int segments;
        while ((segments = CommittedSegments(path)) > 1 && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        return segments;
    }

    private static int CommittedSegments(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Count;
    }
}
