using System.Globalization;
using AgendaSearch.Ingest.Scoring;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>
/// Real papers of other councils (tests/fixtures/realpacks: ModernGov minutes, front sheets and reports,
/// questions papers, parish, town, township and US city agendas and minutes, each with a hand-checked gold
/// file) are parsed from their PDFs and scored. floors.tsv beside them holds each file's floor and the
/// floor of the mean: a ratchet, raised whenever the parser improves, so that no later change can give
/// back what one file gained without a test saying so.
/// </summary>
public sealed class RealPackScoreTests
{
    private static readonly string Folder = Path.Combine(PackScorer.Fixtures, "realpacks");

    private static readonly Lazy<Dictionary<string, double>> Floors = new(ReadFloors);

    private static readonly Lazy<Dictionary<string, (double Score, string Output)>> Scores = new(ScoreAll);

    public static TheoryData<string> Names() => new(GoldNames());

    private static List<string> GoldNames() => Directory.GetFiles(Path.Combine(Folder, "gold"), "*.json")
        .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();

    [Theory]
    [MemberData(nameof(Names))]
    public void Real_paper_scores_at_least_its_floor(string name)
    {
        Assert.True(Floors.Value.TryGetValue(name, out var floor), $"{name} has no line in floors.tsv");
        var (score, output) = Scores.Value[name];
        Assert.True(score >= floor, $"{name}: score {score:0.000} below its floor {floor:0.000}:\n{output}");
    }

    [Fact]
    public void Mean_over_the_real_papers_is_at_least_its_floor()
    {
        var mean = Scores.Value.Values.Average(s => s.Score);
        var floor = Floors.Value["mean"];
        Assert.True(mean >= floor, $"mean {mean:0.000} below {floor:0.000}:\n" +
            string.Join('\n', Scores.Value.OrderBy(kv => kv.Value.Score).Select(kv => $"{kv.Value.Score:0.000} {kv.Key}")));
    }

    private static Dictionary<string, (double, string)> ScoreAll()
    {
        var names = GoldNames();
        var scores = new (double, string)[names.Count];
        Parallel.For(0, names.Count, i =>
        {
            var result = PackScore.ScoreGoldFile(Path.Combine(Folder, "gold", names[i] + ".json"), Path.Combine(Folder, "pdfs"));
            scores[i] = (result.Score, result.Report());
        });
        return names.Select((n, i) => (n, scores[i])).ToDictionary(p => p.n, p => p.Item2);
    }

    private static Dictionary<string, double> ReadFloors() =>
        File.ReadLines(Path.Combine(Folder, "floors.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(cells => cells[0], cells => double.Parse(cells[1], CultureInfo.InvariantCulture));
}
