using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Storage;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace AgendaSearch.Index.Tests.Storage;

/// <summary>An index written by another document layout is rebuilt, never read with fields it lacks.</summary>
public sealed class SchemaTests
{
    [Fact]
    public void A_current_index_reopens_with_its_records_and_ledger()
    {
        using var folder = new TempFolder();
        using (var index = SearchIndex.Open(new IndexOptions { Path = folder.Path }))
        {
            index.ReplacePack("pack-a", [Sample.Record("m:1", "Budget", "savings")]);
            index.Commit(new Dictionary<string, string> { ["ledger"] = "v1" });
        }

        using var reopened = SearchIndex.Open(new IndexOptions { Path = folder.Path });
        Assert.Null(reopened.ReplacedSchema);
        Assert.Equal("v1", reopened.CommittedUserData["ledger"]);
        Assert.Equal(IndexSchema.Version, reopened.CommittedUserData[IndexSchema.Key]);
        Assert.NotNull(reopened.Get("m:1"));
    }

    [Theory]
    [InlineData(null, "none")]
    [InlineData("0", "0")]
    public void An_index_of_another_layout_opens_empty_with_an_empty_ledger(string? writtenVersion, string reported)
    {
        using var folder = new TempFolder();
        WriteForeignIndex(folder.Path, writtenVersion);

        using (var index = SearchIndex.Open(new IndexOptions { Path = folder.Path }))
        {
            Assert.Equal(reported, index.ReplacedSchema);
            Assert.Empty(index.CommittedUserData);
            Assert.Equal(0, index.Count);
            index.ReplacePack("pack-a", [Sample.Record("m:1", "Budget", "savings")]);
            index.Commit(new Dictionary<string, string> { ["ledger"] = "rebuilt" });
        }

        using var reopened = SearchIndex.Open(new IndexOptions { Path = folder.Path });
        Assert.Null(reopened.ReplacedSchema);
        Assert.Equal("rebuilt", reopened.CommittedUserData["ledger"]);
        Assert.Equal(1, reopened.Count);
        Assert.Equal("m:1", Assert.Single(reopened.Search(new SearchRequest { Query = "savings" }).Hits).Record.Id);
    }

    /// <summary>An index as an older build left it: one document and a ledger, and the given layout version or none.</summary>
    private static void WriteForeignIndex(string path, string? version)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer()));
        writer.AddDocument(new Document { new StringField(FieldNames.Id, "old:1", Field.Store.YES) });
        var userData = new Dictionary<string, string> { ["ledger"] = "old" };
        if (version is not null)
        {
            userData[IndexSchema.Key] = version;
        }

        writer.SetCommitData(userData);
        writer.Commit();
    }
}
