using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Querying;

/// <summary>
/// Prefix, wildcard and fuzzy words are matched against the words as printed, not their stems:
/// "warehousing" is indexed as the stem "wareh", so a prefix compared with stems never found it.
/// Ordinary words and phrases still go through the stemmer.
/// </summary>
public sealed class UnstemmedTermTests : IDisposable
{
    private readonly ISearchIndex _index = SearchIndex.OpenInMemory();

    public UnstemmedTermTests()
    {
        _index.ReplacePack("pack-a",
        [
            Sample.Record("w", "Public question", "The future needs of warehousing in the county."),
            Sample.Record("o", "Revenue Outturn 2021/22", "Spending against the budget."),
            Sample.Record("c", "Complaints annual report", "Complaints received and organisational learning."),
            Sample.Record("s", "Strategic Plan", "The strategies agreed by the Council."),
        ]);
        _index.Commit(new Dictionary<string, string>());
    }

    public void Dispose() => _index.Dispose();

    private void AssertFinds(string query, string expectedIds) =>
        Assert.Equal(
            expectedIds.Split(',', StringSplitOptions.RemoveEmptyEntries),
            _index.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Record.Id).Order());

    [Theory]
    [InlineData("warehous*", "w")]
    [InlineData("Warehous*", "w")]
    [InlineData("text:warehous*", "w")]
    [InlineData("title:warehous*", "")]
    [InlineData("wareh?using", "w")]
    [InlineData("warehousin~", "w")]
    [InlineData("organisation*", "c")]
    [InlineData("title:outturn*", "o")]
    [InlineData("complain*", "c")]
    [InlineData("strategy~", "s")]
    [InlineData("strateg*", "s")]
    public void Prefix_wildcard_and_fuzzy_words_match_the_unstemmed_words(string query, string expected) =>
        AssertFinds(query, expected);

    [Theory]
    [InlineData("warehousing", "w")]
    [InlineData("complaint", "c")]
    [InlineData("strategy", "s")]
    [InlineData("\"needs of warehousing\"", "w")]
    [InlineData("\"warehousing needs\"", "")]
    public void Ordinary_words_and_phrases_still_use_stems(string query, string expected) =>
        AssertFinds(query, expected);

    [Fact]
    public void The_snippet_marks_the_word_a_prefix_matched()
    {
        var hit = Assert.Single(_index.Search(new SearchRequest { Query = "warehous*" }).Hits);
        Assert.Contains("<mark>warehousing</mark>", hit.Snippet.Html);
    }
}
