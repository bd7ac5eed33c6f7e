using AgendaSearch.Index.Analysis;
using AgendaSearch.Index.Documents;
using AgendaSearch.Index.Querying;
using AgendaSearch.Index.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace AgendaSearch.Index.Tests.Querying;

/// <summary>The explanation read from Lucene's own: lines per matched field, phrase and kind prior, and notes beside the matches they name.</summary>
public sealed class HitExplainerTests
{
    [Fact]
    public void A_note_is_printed_beside_the_match_it_names_and_the_shares_add_up_to_the_score()
    {
        using var analyzer = IndexAnalyzers.Create();
        using var directory = new RAMDirectory();
        var ranking = new RankingOptions();
        var records = new[]
        {
            Sample.Record("r", "Budget", "The Medium Term Financial Strategy of the council.", type: "section"),
            Sample.Record("s", "Roads", "Potholes."),
        };
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.Version, analyzer)))
        {
            foreach (var record in records)
            {
                var variants = new RecordVariants();
                variants.Set(record.PackId, record);
                writer.AddDocument(RecordDocument.Create(variants));
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = RankingSimilarities.Create(ranking) };
        var plan = RankedQuery.Plan("medium term financial strategy", analyzer, ranking)
            .WithNotes([("Medium Term Financial Strategy", "from MTFS, defined in pack p.3")], analyzer);
        var top = searcher.Search(plan.Scored, 10).ScoreDocs;

        var explanation = HitExplainer.Read(searcher.Explain(plan.Scored, top[0].Doc), plan);

        Assert.Single(top);
        Assert.Equal(top[0].Score, explanation.Total, 3);
        Assert.Contains(explanation.Lines, l => l.StartsWith("phrase \"medium term financi strategi\" in text", StringComparison.Ordinal)
            && l.EndsWith("(from MTFS, defined in pack p.3)", StringComparison.Ordinal));
        Assert.Contains("kind prior: section ×0.4", explanation.Lines);
        var shares = explanation.Lines
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"→ ([\d.]+) of "))
            .Where(m => m.Success)
            .Sum(m => float.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(shares, explanation.Total * 0.99f, explanation.Total * 1.01f);
        Assert.Contains(explanation.Lines, l => l.StartsWith("text matched 'medium' → ", StringComparison.Ordinal));
        Assert.DoesNotContain(explanation.Lines, l => l.StartsWith("text matched 'medium'", StringComparison.Ordinal) && l.Contains("MTFS", StringComparison.Ordinal));
    }
}
