using System.Text.Json.Nodes;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Scoring;
using AgendaSearch.Ingest.Serialization;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>
/// Scores a parsed pack with the project's scorer (<see cref="PackScore"/>, a port of the team's
/// tools/score-pack) against a gold or truth file carried in the repository (tests/fixtures).
/// </summary>
internal static class PackScorer
{
    /// <summary>tests/fixtures: the seed packs' gold files (gold/) and real papers of other councils with theirs (realpacks/).</summary>
    public static string Fixtures { get; } = Path.Combine(Corpus.Root, "tests", "fixtures");

    /// <summary>The hand-checked gold file of a seed pack in corpus/.</summary>
    public static string SeedGold(string pack) => Path.Combine(Fixtures, "gold", Path.ChangeExtension(pack, ".json"));

    public static (double Score, string Output) Score(string gold, AgendaPack pack)
    {
        var result = PackScore.Score(JsonNode.Parse(File.ReadAllText(gold))!, JsonNode.Parse(PackJson.Serialize(pack))!);
        return (result.Score, result.Report());
    }
}
