using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace AgendaSearch.Index.Tests.Snippets;

/// <summary>
/// Each term keeps one enumerator that moves forward from document to document; asked for a document at or behind
/// where it stands, it starts over. In any order of asking, a document's positions and offsets are the same.
/// </summary>
public sealed class SegmentPostingsTests
{
    /// <summary>Document d has "budget" after d + 1 filler words, and "roads" only in the even ones; 300 documents so skip lists are used.</summary>
    private const int Documents = 300;

    [Theory]
    [InlineData("ascending")]
    [InlineData("descending")]
    [InlineData("shuffled")]
    [InlineData("repeated")]
    public void Any_order_of_documents_gives_each_its_own_offsets(string order)
    {
        using var analyzer = IndexAnalyzers.Create();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, analyzer)))
        {
            for (var d = 0; d < Documents; d++)
            {
                var variants = new RecordVariants();
                var record = Sample.Record($"r{d}", "Title", Text(d));
                variants.Set(record.PackId, record);
                writer.AddDocument(RecordDocument.Create(variants));
            }

            writer.ForceMerge(1);
        }

        using var reader = DirectoryReader.Open(directory);
        var postings = SegmentPostings.Open(reader.Leaves[0].AtomicReader, FieldNames.Text)!;
        var docs = Order(order);

        foreach (var d in docs)
        {
            var budget = postings.Seek("budget", d);
            Assert.NotNull(budget);
            Assert.Equal(1, budget.Freq);
            budget.NextPosition();
            Assert.Equal((d + 1) * 5, budget.StartOffset);
            Assert.Equal(d % 2 == 0, postings.Seek("road", d) is not null);
        }
    }

    private static string Text(int d) => string.Concat(Enumerable.Repeat("word ", d + 1)) + "budget" + (d % 2 == 0 ? " roads" : "");

    private static int[] Order(string order) => order switch
    {
        "ascending" => [.. Enumerable.Range(0, Documents)],
        "descending" => [.. Enumerable.Range(0, Documents).Reverse()],
        "shuffled" => [.. Enumerable.Range(0, Documents).OrderBy(d => (d * 7919) % Documents)],
        _ => [5, 5, 250, 250, 3, 299, 0, 299],
    };
}
