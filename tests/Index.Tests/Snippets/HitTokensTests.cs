using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Querying;
using AgendaSearch.Index.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace AgendaSearch.Index.Tests.Snippets;

public sealed class HitTokensTests
{
    private const string Text = "The strategies were consulted on. A consultation on the strategy, and the consultants' fees.";

    [Theory]
    [InlineData("consult*", false)]
    [InlineData("strategies*", true)]
    [InlineData("strateg* consult*", false)]
    [InlineData("consult* strategies*", true)]
    [InlineData("budget", false)]
    public void The_text_is_read_only_when_a_printed_word_with_the_prefix_has_a_stem_without_it(string query, bool textRead)
    {
        // "consulted", "consultation" and "consultants'" all stem to "consult"; "strategies" stems to "strategi".
        using var analyzer = IndexAnalyzers.Create();
        using var directory = new RAMDirectory();
        var record = Sample.Record("r", "Title", Text);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, analyzer)))
        {
            var variants = new RecordVariants();
            variants.Set(record.PackId, record);
            writer.AddDocument(RecordDocument.Create(variants));
        }

        using var reader = DirectoryReader.Open(directory);
        var segment = reader.Leaves[0].AtomicReader;
        var terms = QueryTerms.From(UserQueryParser.Parse(query, analyzer));

        var (_, text) = new HitTokens(analyzer, terms).Find(RecordDocument.Text(segment, 0), segment, 0);

        Assert.Equal(textRead, text is not null);
        var snippets = new SnippetBuilder(analyzer, terms);
        Assert.Equal(snippets.Build(record), snippets.Build(record, RecordDocument.Text(segment, 0), segment, 0));
    }
}
