using AgendaSearch.Records;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Querying;

public sealed class QuerySyntaxTests : IDisposable
{
    private readonly ISearchIndex _index = SearchIndex.OpenInMemory();

    public QuerySyntaxTests()
    {
        _index.ReplacePack("pack-a",
        [
            Sample.Record("a", "Medium Term Financial Strategy", "The budget gap is closing. Savings delivered.", officers: ["Chris Tambini"]),
            Sample.Record("b", "Ways of Working", "Financial savings from the property budget.", officers: ["Gordon McFarlane"]),
            Sample.Record("c", "Communities Strategy", "Feedback from community engagement on the strategy.", body: "Cabinet"),
            Sample.Record("d", "Public question", "Please can the Chairman explain the budget?", type: "question") with
            {
                AskedBy = "Sharon Scott",
                Extra = new Dictionary<string, string> { [RecordExtras.AskedByAsPrinted] = "Mrs Sharon Scott" },
            },
            Sample.Record("e", "Scrutiny Commission \u2013 9 March 2022", "Budget meeting", type: "meeting"),
        ]);
        _index.Commit(new Dictionary<string, string>());
    }

    public void Dispose() => _index.Dispose();

    private List<string> Ids(string query) =>
        _index.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Record.Id).Order().ToList();

    [Theory]
    [InlineData("budget", "a,b,d")]
    [InlineData("budget savings", "a,b")]
    [InlineData("budget OR engagement", "a,b,c,d")]
    [InlineData("budget AND NOT property", "a,d")]
    [InlineData("budget -property", "a,d")]
    [InlineData("-budget", "c")]
    [InlineData("\"budget gap\"", "a")]
    [InlineData("\"gap budget\"", "")]
    [InlineData("strateg*", "a,c")]
    [InlineData("budgit~", "a,b,d")]
    [InlineData("title:strategy", "a,c")]
    [InlineData("text:strategy", "c")]
    [InlineData("officer:tambini", "a")]
    [InlineData("Officer:\"chris tambini\"", "a")]
    [InlineData("tambini", "a")]
    [InlineData("body:cabinet", "c")]
    [InlineData("askedBy:scott", "d")]
    [InlineData("Mrs Scott", "d")]
    [InlineData("askedBy:\"Mrs Sharon Scott\"", "d")]
    [InlineData("askedBy:\"Sharon Scott\"", "d")]
    [InlineData("type:Question", "d")]
    [InlineData("savings delivering", "a")]
    [InlineData("the budget", "a,b,d")]
    public void Queries_find_what_a_person_expects(string query, string expected) =>
        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), Ids(query));

    [Fact]
    public void Title_matches_rank_above_text_matches()
    {
        var hits = _index.Search(new SearchRequest { Query = "financial" }).Hits;
        Assert.Equal(["a", "b"], hits.Select(h => h.Record.Id));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Meetings_only_show_when_asked_for()
    {
        Assert.DoesNotContain("e", Ids("meeting"));
        var meetings = _index.Search(new SearchRequest { Query = "budget", Types = [RecordKind.Meeting] });
        Assert.Equal("e", Assert.Single(meetings.Hits).Record.Id);
    }

    [Theory]
    [InlineData("\"budget gap", "Unbalanced quote in \u201c\"budget gap\u201d: close the phrase with \".")]
    [InlineData("(budget OR savings", "Unbalanced brackets in \u201c(budget OR savings\u201d")]
    [InlineData("budget)", "Unbalanced brackets")]
    [InlineData("budget AND", "\"AND\" in \u201cbudget AND\u201d has nothing to join")]
    [InlineData("OR budget", "\"OR\" in \u201cOR budget\u201d has nothing to join")]
    [InlineData("title:", "Nothing after \"title:\"")]
    [InlineData("year:[2020 TO", "Unfinished range")]
    [InlineData("note:budget", "Unknown field \"note:\"")]
    [InlineData("budget^^", "Could not read the query \u201cbudget^^\u201d")]
    public void Bad_syntax_gives_an_actionable_message(string query, string expected)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Search(new SearchRequest { Query = query }));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void An_unknown_field_message_lists_the_fields_and_the_escape()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Search(new SearchRequest { Query = "Note: budget" }));
        Assert.Contains("title:, text:, officer:", error.Message);
        Assert.Contains("Note\\:", error.Message);
        Assert.Equal(["a", "b"], Ids("Savings\\: budget"));
    }

    [Fact]
    public void Too_many_clauses_is_a_syntax_error()
    {
        var query = string.Join(" OR ", Enumerable.Range(0, 1100).Select(i => $"word{i}"));
        var error = Assert.Throws<QuerySyntaxException>(() => _index.Search(new SearchRequest { Query = query }));
        Assert.Contains("too many", error.Message);
    }
}
