using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Querying;

/// <summary>Words inside e-mail and web addresses, and names with apostrophes, are found on their own.</summary>
public sealed class WordPartsTests
{
    [Theory]
    [InlineData("leics", "leics")]
    [InlineData("tambini", "tambini")]
    [InlineData("donnell", "Donnell")]
    [InlineData("clevedon", "Clevedon")]
    [InlineData("legistar", "legistar")]
    [InlineData("legis*", "legistar")]
    [InlineData("chris.tambini@leics.gov.uk", "chris.tambini")]
    [InlineData("O'Donnell", "O'Donnell")]
    public void A_part_of_a_dotted_or_apostrophised_word_is_found_and_marked(string query, string marked)
    {
        using var index = SearchIndex.OpenInMemory();
        index.ReplacePack("pack-a", [Sample.Record("sc:1:item-1", "Contacts",
            "Write to chris.tambini@leics.gov.uk or Councillor O'Donnell.\nStops at Hotwells.Clevedon and on alamedaca.legistar.com.")]);
        index.Commit(new Dictionary<string, string>());

        var hit = Assert.Single(index.Search(new SearchRequest { Query = query }).Hits);
        Assert.Contains($"<mark>{System.Net.WebUtility.HtmlEncode(marked)}</mark>", hit.Snippet.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_of_numbers_are_not_words()
    {
        using var index = SearchIndex.OpenInMemory();
        index.ReplacePack("pack-a", [Sample.Record("sc:1:item-1", "Budget", "Council tax rises by 4.99 per cent.")]);
        index.Commit(new Dictionary<string, string>());

        Assert.Empty(index.Search(new SearchRequest { Query = "99" }).Hits);
        Assert.Single(index.Search(new SearchRequest { Query = "4.99" }).Hits);
    }
}
