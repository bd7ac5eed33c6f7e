using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Snippets;

namespace AgendaSearch.Index.Tests.Snippets;

public sealed class TextTokensTests
{
    private const string Text = "The Cabinet's budgets and the budget of the libraries: a library budget, budgeted twice.";

    [Fact]
    public void Keeping_only_some_terms_gives_exactly_those_tokens_of_the_full_analysis()
    {
        using var analyzer = IndexAnalyzers.Create();
        var all = TextTokens.Analyse(analyzer, FieldNames.Text, Text);
        var only = new HashSet<string>(StringComparer.Ordinal) { "budget", "librari", "absent" };

        var kept = TextTokens.Analyse(analyzer, FieldNames.Text, Text, only);

        Assert.Equal(all.Where(t => only.Contains(t.Term)), kept);
        Assert.Equal(["budget", "budget", "librari", "librari", "budget", "budget"], kept.Select(t => t.Term));
    }

    [Fact]
    public void Kept_tokens_keep_their_offsets_and_positions_in_the_whole_text()
    {
        using var analyzer = IndexAnalyzers.Create();

        var kept = TextTokens.Analyse(analyzer, FieldNames.Text, Text, new HashSet<string>(StringComparer.Ordinal) { "librari" });

        Assert.Equal(["libraries", "library"], kept.Select(t => Text[t.Start..t.End]));
        var all = TextTokens.Analyse(analyzer, FieldNames.Text, Text);
        Assert.Equal(all.Where(t => t.Term == "librari").Select(t => t.Position), kept.Select(t => t.Position));
    }
}
