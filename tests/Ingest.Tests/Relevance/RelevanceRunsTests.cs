using AgendaSearch.Index.Search;
using System.Text;
using AgendaSearch.Ingest.Relevance;
using AgendaSearch.Ingest.Tests.Worker;

namespace AgendaSearch.Ingest.Tests.Relevance;

/// <summary>The recorded run: written and read back as it was, and a need reported worse only when a measure fell.</summary>
public sealed class RelevanceRunsTests
{
    [Fact]
    public void A_recorded_run_reads_back_and_a_fall_in_any_measure_is_reported()
    {
        using var folder = new TempFolder();
        var before = new[] { Score("steady", 1.0, 1.0), Score("falls", 0.9, 1.0), Score("rises", 0.5, 0.5) };
        var recorded = RelevanceRuns.Read(folder.Write("last-run.tsv", Encoding.UTF8.GetBytes(RelevanceRuns.Write(before))));
        var after = new[] { Score("steady", 1.0, 1.0), Score("falls", 0.9, 0.5), Score("rises", 0.75, 1.0), Score("new", 0.0, 0.0) };

        Assert.Equal(["steady", "falls", "rises"], recorded.Select(r => r.Need));
        Assert.Equal(0.9, recorded[1].Ndcg, 4);
        Assert.Equal(["needs/falls (topic): MRR 1.000 -> 0.500, recall@20 1.000 -> 0.500"], RelevanceRuns.Worse(after, recorded));
    }

    [Fact]
    public void A_missing_recorded_run_reads_as_none()
    {
        using var folder = new TempFolder();
        Assert.Empty(RelevanceRuns.Read(folder.File("last-run.tsv")));
    }

    /// <summary>A need of one query scoring <paramref name="ndcg"/>, and <paramref name="rr"/> for both reciprocal rank and recall.</summary>
    private static NeedScore Score(string id, double ndcg, double rr)
    {
        var need = new InformationNeed("needs", id, NeedKind.Topic, "want", [], [], 1);
        var query = new QueryScore(new NeedQuery("q", new SearchRequest(), 1), ndcg, rr, rr, []);
        return new NeedScore(new ResolvedNeed(need, new Dictionary<string, int>(), [], []), [query]);
    }
}
