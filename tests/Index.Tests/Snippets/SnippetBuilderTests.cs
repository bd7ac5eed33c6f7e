using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Querying;
using AgendaSearch.Index.Search;
using AgendaSearch.Index.Snippets;

namespace AgendaSearch.Index.Tests.Snippets;

public sealed class SnippetBuilderTests
{
    private static Snippet Build(string query, string text, int[]? pages = null, int[]? pageStarts = null)
    {
        using var analyzer = IndexAnalyzers.Create();
        var terms = QueryTerms.From(UserQueryParser.Parse(query, analyzer));
        var record = Sample.Record("r", "Title", text) with { Pages = pages ?? [], PageStarts = pageStarts ?? [] };
        return new SnippetBuilder(analyzer, terms).Build(record);
    }

    [Fact]
    public void Everything_is_escaped_and_matches_are_marked()
    {
        var snippet = Build("budget", "Costs <b>&</b> the \"budget\" isn't 'final' > plan");
        Assert.Equal("Costs &lt;b&gt;&amp;&lt;/b&gt; the &quot;<mark>budget</mark>&quot; isn&#39;t &#39;final&#39; &gt; plan", snippet.Html);
    }

    [Fact]
    public void Several_terms_are_marked_with_their_stemmed_forms()
    {
        var snippet = Build("saving libraries", "Savings were made by closing two library branches.");
        Assert.Equal("<mark>Savings</mark> were made by closing two <mark>library</mark> branches.", snippet.Html);
    }

    [Fact]
    public void A_phrase_is_marked_only_where_its_words_are_adjacent()
    {
        var snippet = Build("\"cost of living\"", "The cost was high. The cost of living rose, living costs too.");
        Assert.Equal("The cost was high. The <mark>cost of living</mark> rose, living costs too.", snippet.Html);
    }

    [Fact]
    public void Prefix_wildcard_and_fuzzy_words_are_marked()
    {
        Assert.Equal("The <mark>strategies</mark> and a <mark>strategic</mark> plan.", Build("strateg*", "The strategies and a strategic plan.").Html);
        Assert.Equal("A <mark>budget</mark> line.", Build("b?dget", "A budget line.").Html);
        Assert.Equal("A <mark>budget</mark> line.", Build("budgte~", "A budget line.").Html);
    }

    [Fact]
    public void Excluded_and_other_field_terms_are_not_marked()
    {
        Assert.Equal("The budget and the <mark>roads</mark>.", Build("roads -budget", "The budget and the roads.").Html);
        Assert.Equal("The budget and the <mark>roads</mark>.", Build("roads officer:budget askedBy:budget", "The budget and the roads.").Html);
    }

    [Fact]
    public void The_window_with_most_distinct_terms_wins_and_cut_ends_get_an_ellipsis()
    {
        var filler = string.Join(' ', Enumerable.Repeat("filler words here", 30));
        var text = $"Budget at the start. {filler} The budget and the library closure were both discussed. {filler}";
        var snippet = Build("budget library", text);

        Assert.StartsWith("\u2026", snippet.Html);
        Assert.EndsWith("\u2026", snippet.Html);
        Assert.Contains("<mark>budget</mark> and the <mark>library</mark> closure", snippet.Html);
        Assert.InRange(snippet.Html.Replace("<mark>", "").Replace("</mark>", "").Length, 100, SnippetBuilder.Window + 2);
    }

    [Fact]
    public void No_match_or_no_query_gives_the_start_of_the_text()
    {
        var text = "Opening words of the report. " + string.Join(' ', Enumerable.Repeat("more text", 60));
        var none = Build("nothingmatches", text);
        Assert.StartsWith("Opening words of the report.", none.Html);
        Assert.EndsWith("\u2026", none.Html);
        Assert.Equal(none, Build("", text));
    }

    [Fact]
    public void Line_breaks_become_spaces()
    {
        Assert.Equal("Line one <mark>budget</mark> line two", Build("budget", "Line one\n\nbudget\r\n  line two").Html);
    }

    [Fact]
    public void The_page_is_where_the_window_starts()
    {
        var page1 = "First page text. " + string.Join(' ', Enumerable.Repeat("padding", 40)) + "\n";
        var text = page1 + "Second page mentions the budget here.";
        var snippet = Build("budget", text, pages: [37, 38], pageStarts: [0, page1.Length]);

        Assert.Equal(38, snippet.Page);
        Assert.Equal(37, Build("first", text, pages: [37, 38], pageStarts: [0, page1.Length]).Page);
        Assert.Equal(37, Build("budget", text, pages: [37, 38]).Page);
        Assert.Null(Build("budget", text).Page);
    }
}
