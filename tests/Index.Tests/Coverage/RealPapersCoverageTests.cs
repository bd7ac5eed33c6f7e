using AgendaSearch.Ingest.Coverage;
using AgendaSearch.Ingest.Tests;
using Xunit.Abstractions;

namespace AgendaSearch.Index.Tests.Coverage;

/// <summary>
/// The real papers of several councils in tests/fixtures/realpacks, indexed together: words printed in one
/// paper only are found in that paper, and no id names two different things of two documents.
/// </summary>
public sealed class RealPapersCoverageTests(ITestOutputHelper output)
{
    /// <summary>Words a PDF sampled: enough to see a document's text missing, few enough to search quickly.</summary>
    private const int Sample = 40;

    [Fact]
    public void Words_unique_to_a_real_paper_are_found_in_it_and_no_id_merges_two_documents_records()
    {
        var log = new StringWriter();
        var report = CorpusCoverage.Measure(Path.Combine(Corpus.Root, "tests", "fixtures", "realpacks", "pdfs"), Sample, log, verbose: true);
        output.WriteLine(log.ToString());
        output.WriteLine(report.ToString());

        Assert.Equal(report.Files, report.Read);
        Assert.True(report.Files >= 20, $"only {report.Files} real papers found");
        Assert.True(report.FoundShare >= 0.98, report.ToString());
        Assert.True(report.AtPageShare >= 0.9, report.ToString());
        Assert.Equal(0, report.Collisions);
        Assert.True(report.Sections > 0, "no text was left to sections: the test would not see it dropped");
    }
}
