using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Querying;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Snippets;
using AgendaSearch.Index.Storage;
using AgendaSearch.Index.Tests.Trail;

namespace AgendaSearch.Index.Tests.Snippets;

/// <summary>
/// Snippets of search hits, built from the index (term positions and offsets from the postings, text read
/// block by block), are the snippets the analysing path builds from each record's whole text, on the two
/// seed packs: same passage, same marks, same cited page.
/// </summary>
public sealed class SeedSnippetTests(SeedCorpus seed) : IClassFixture<SeedCorpus>
{
    [Theory]
    [InlineData("budget")]
    [InlineData("financial strategy")]
    [InlineData("council tax")]
    [InlineData("\"medium term financial strategy\"")]
    [InlineData("\"children in care\"")]
    [InlineData("scrutiny OR commission")]
    [InlineData("resolved -budget")]
    [InlineData("title:budget OR report")]
    [InlineData("recommend*")]
    [InlineData("strateg* plan")]
    [InlineData("strategies* OR budget")]
    [InlineData("councils* OR scrutiny")]
    [InlineData("\"revenue budget\" OR financ*")]
    [InlineData("budg?t")]
    [InlineData("reveneu~")]
    public void Hit_snippets_equal_the_snippets_of_the_whole_text(string query)
    {
        using var analyzer = IndexAnalyzers.Create();
        var request = new SearchRequest { Query = query, PageSize = 100 };
        // The query as searched, acronyms expanded: "medium term financial strategy" marks "MTFS" too.
        var snippets = new SnippetBuilder(analyzer, QueryTerms.From(((LuceneSearchIndex)seed.Index).QueryOf(request)));
        var hits = seed.Index.Search(request).Hits;

        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            var whole = seed.Index.Get(hit.Record.Id)!;
            Assert.Equal(snippets.Build(whole), hit.Snippet);
            // A hit is the record without its text (lists show the snippet).
            Assert.Equal(Json(whole with { Text = "" }), Json(hit.Record));
        }
    }

    private static string Json(SearchRecord record) => System.Text.Json.JsonSerializer.Serialize(record);
}
