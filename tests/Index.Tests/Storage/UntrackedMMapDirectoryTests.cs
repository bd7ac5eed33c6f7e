using System.Reflection;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Storage;
using Lucene.Net.Store;

namespace AgendaSearch.Index.Tests.Storage;

/// <summary>
/// The memory-mapped directory opens inputs that do not register their clones (one GC handle each), and an index
/// on it works through writes, searches, compaction, reopening and disposal as on Lucene's own.
/// </summary>
public sealed class UntrackedMMapDirectoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void This_Lucene_Net_has_the_clone_table_and_inputs_are_opened_without_it()
    {
        Assert.True(UntrackedMMapDirectory.Untracks, "Lucene.Net's ByteBufferIndexInput no longer has its clones table: revisit UntrackedMMapDirectory");
        using (var index = SearchIndex.Open(new IndexOptions { Path = _folder.Path }))
        {
            index.ReplacePack("pack-a", [Sample.Record("a:1", "Budget", "budget savings")]);
            index.Commit(new Dictionary<string, string>());
        }

        using var directory = new UntrackedMMapDirectory(new DirectoryInfo(_folder.Path));
        var file = directory.ListAll().First(f => f.StartsWith("segments_", StringComparison.Ordinal));
        using var input = directory.OpenInput(file, IOContext.DEFAULT);
        using var clone = (IndexInput)input.Clone();

        Assert.Null(typeof(ByteBufferIndexInput).GetField("clones", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(input));
        Assert.Equal(input.ReadByte(), clone.ReadByte());
    }

    [Fact]
    public void An_index_on_it_writes_searches_compacts_reopens_and_closes()
    {
        using (var index = SearchIndex.Open(new IndexOptions { Path = _folder.Path, Directory = IndexDirectoryKind.MMap }))
        {
            for (var p = 0; p < 3; p++)
            {
                index.ReplacePack($"pack-{p}", [Sample.Record($"p{p}:1", $"Budget {p}", $"budget savings {p}", packId: $"pack-{p}")]);
                index.Commit(new Dictionary<string, string> { ["ledger"] = $"v{p}" });
                Assert.Equal(p + 1, index.Search(new SearchRequest { Query = "budget" }).Total);
            }

            Assert.True(index.Compact());
            Assert.Equal(3, index.Search(new SearchRequest { Query = "savings" }).Hits.Count);
            index.RemovePack("pack-0");
            index.Commit(new Dictionary<string, string> { ["ledger"] = "v3" });
            Assert.Equal(2, index.Search(new SearchRequest { Query = "savings" }).Total);
        }

        using var reopened = SearchIndex.Open(new IndexOptions { Path = _folder.Path });
        Assert.Equal(["p1:1", "p2:1"], reopened.Search(new SearchRequest { Query = "budget", Sort = SearchSort.Relevance }).Hits.Select(h => h.Record.Id).Order());
        Assert.Equal("v3", reopened.CommittedUserData["ledger"]);
    }

    public void Dispose() => _folder.Dispose();
}
