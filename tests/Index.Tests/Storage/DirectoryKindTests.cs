using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Storage;

public sealed class DirectoryKindTests
{
    [Fact]
    public void An_index_written_through_one_directory_kind_reads_through_the_other()
    {
        using var folder = new TempFolder();
        var path = folder.Path;
        using (var index = SearchIndex.Open(new IndexOptions { Path = path }))
        {
            index.ReplacePack("pack-a", [Sample.Record("m:1", "Budget", "savings")]);
            index.Commit(new Dictionary<string, string>());
        }

        using var mapped = SearchIndex.Open(new IndexOptions { Path = path, Directory = IndexDirectoryKind.MMap });
        Assert.Equal("m:1", Assert.Single(mapped.Search(new SearchRequest { Query = "savings" }).Hits).Record.Id);
    }
}
