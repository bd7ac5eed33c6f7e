using System.Globalization;
using AgendaSearch.Ingest.Relevance;

namespace AgendaSearch.Ingest.Tests.Relevance;

/// <summary>The measures against cases worked out by hand (fixtures/metrics.txt, each with its arithmetic).</summary>
public sealed class RelevanceMetricsTests
{
    public static TheoryData<string> Cases() =>
        [.. File.ReadLines(Path.Combine(Corpus.Root, "tests", "Ingest.Tests", "Relevance", "fixtures", "metrics.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Measures_match_the_hand_computed_case(string line)
    {
        var fields = line.Split('|', StringSplitOptions.TrimEntries);
        var (ranked, judged) = (Grades(fields[0]), Grades(fields[1]));
        var relevant = judged.Count(g => g > 0);

        Assert.Equal(Number(fields[2]), RelevanceMetrics.Ndcg(ranked, judged, RelevanceEvaluator.NdcgDepth), 4);
        Assert.Equal(Number(fields[3]), RelevanceMetrics.ReciprocalRank(ranked), 4);
        Assert.Equal(Number(fields[4]), RelevanceMetrics.Recall(ranked, relevant, RelevanceEvaluator.RecallDepth), 4);
    }

    [Fact]
    public void Cases_are_read() => Assert.True(Cases().Count >= 5);

    private static List<int> Grades(string field) =>
        field == "-" ? [] : field.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    private static double Number(string field) => double.Parse(field, CultureInfo.InvariantCulture);
}
