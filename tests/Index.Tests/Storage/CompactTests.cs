using AgendaSearch.Index.Search;
using AgendaSearch.Index.Storage;

namespace AgendaSearch.Index.Tests.Storage;

/// <summary>
/// Compacting merges the committed index into one segment without changing what it holds: the same records,
/// the same answers, the same ledger, and writes that were not committed stay out of it.
/// </summary>
public sealed class CompactTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Compacting_leaves_one_segment_with_the_same_records_answers_and_ledger()
    {
        using var index = Open();
        WritePacks(index, 5, "v1");
        var before = Answers(index);

        Assert.True(index.SegmentCount >= 5);
        Assert.True(index.Compact());

        Assert.Equal(1, index.SegmentCount);
        Assert.Equal(before, Answers(index));
        Assert.Equal("v1", index.CommittedUserData["ledger"]);
        Assert.Equal(IndexSchema.Version, index.CommittedUserData[IndexSchema.Key]);
    }

    [Fact]
    public void The_compacted_index_is_the_one_found_after_a_restart()
    {
        using (var index = Open())
        {
            WritePacks(index, 4, "v1");
            Assert.True(index.Compact());
        }

        using var reopened = Open();
        Assert.Equal(1, reopened.SegmentCount);
        Assert.Equal(8, reopened.Count);
        Assert.Equal("v1", reopened.CommittedUserData["ledger"]);
    }

    [Fact]
    public void Fewer_segments_than_asked_for_are_left_alone()
    {
        using var index = Open();
        WritePacks(index, 3, "v1");

        Assert.False(index.Compact(minSegments: 4));
        Assert.Equal(3, index.SegmentCount);
        Assert.True(index.Compact(minSegments: 3));
        Assert.Equal(1, index.SegmentCount);
    }

    [Fact]
    public void One_segment_is_left_alone()
    {
        using var index = Open();
        WritePacks(index, 1, "v1");

        Assert.Equal(1, index.SegmentCount);
        Assert.False(index.Compact());
    }

    [Fact]
    public void Writes_waiting_for_their_commit_put_compacting_off_and_stay_unsearchable()
    {
        using var index = Open();
        WritePacks(index, 3, "v1");
        index.ReplacePack("pack-new", [Sample.Record("new:1", "Late item", "uncommitted words", packId: "pack-new")]);

        Assert.False(index.Compact());
        Assert.Empty(index.Search(new SearchRequest { Query = "uncommitted" }).Hits);
        Assert.Equal(6, index.Count);

        // Their commit carries them, and compacting then works.
        index.Commit(new Dictionary<string, string> { ["ledger"] = "v2" });
        Assert.True(index.Compact());
        Assert.Equal(1, index.SegmentCount);
        Assert.Single(index.Search(new SearchRequest { Query = "uncommitted" }).Hits);
        Assert.Equal("v2", index.CommittedUserData["ledger"]);
    }

    [Fact]
    public void A_pack_replaced_after_compacting_is_searchable_in_its_new_form_only()
    {
        using var index = Open();
        WritePacks(index, 3, "v1");
        Assert.True(index.Compact());

        index.ReplacePack("pack-1", [Sample.Record("p1:1", "Revised item", "revised wording", packId: "pack-1")]);
        index.Commit(new Dictionary<string, string> { ["ledger"] = "v2" });

        Assert.Empty(index.Search(new SearchRequest { Query = "original", Bodies = ["Body 1"] }).Hits);
        Assert.Single(index.Search(new SearchRequest { Query = "revised" }).Hits);
        Assert.Equal(5, index.Count);
    }

    private LuceneSearchIndex Open() => (LuceneSearchIndex)SearchIndex.Open(new IndexOptions { Path = _folder.Path });

    /// <summary>Packs of two records each, one commit per pack, so each pack is a segment of its own.</summary>
    private static void WritePacks(LuceneSearchIndex index, int packs, string ledger)
    {
        for (var p = 0; p < packs; p++)
        {
            index.ReplacePack($"pack-{p}",
            [
                Sample.Record($"p{p}:1", $"Budget item {p}", $"original budget wording {p}", body: $"Body {p}", packId: $"pack-{p}"),
                Sample.Record($"p{p}:2", $"Highways item {p}", $"original highways wording {p}", body: $"Body {p}", packId: $"pack-{p}"),
            ]);
            index.Commit(new Dictionary<string, string> { ["ledger"] = ledger });
        }
    }

    /// <summary>What searches give: ids in order, totals and facet counts, for a few kinds of query.</summary>
    private static List<string> Answers(ISearchIndex index) =>
        new[] { "budget", "original", "highways", "" }
            .Select(q => index.Search(new SearchRequest { Query = q, FacetLimit = 0 }))
            .Select(r => $"{r.Total}: {string.Join(",", r.Hits.Select(h => h.Record.Id))} | " +
                         string.Join(";", r.Facets.OrderBy(f => f.Key).Select(f => f.Key + "=" + string.Join(",", f.Value.Select(v => $"{v.Value}:{v.Count}")))))
            .ToList();

    public void Dispose() => _folder.Dispose();
}
