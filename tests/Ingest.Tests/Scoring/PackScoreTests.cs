using System.Text.Json.Nodes;
using AgendaSearch.Ingest.Scoring;
using AgendaSearch.Ingest.Tests.Packs;

namespace AgendaSearch.Ingest.Tests.Scoring;

/// <summary>
/// The project's scorer against what the reference scorer is known to do: every gold file scores 1.000
/// against itself (the realpacks were validated that way), and each kind of slip costs its own check.
/// </summary>
public sealed class PackScoreTests
{
    public static TheoryData<string> Golds() => new(
        Directory.GetFiles(Path.Combine(PackScorer.Fixtures, "realpacks", "gold"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(PackScorer.Fixtures, "gold"), "*.json"))
            .Select(Path.GetFileName).OfType<string>());

    [Theory]
    [MemberData(nameof(Golds))]
    public void A_gold_file_scores_1_against_itself(string file)
    {
        var path = Directory.GetFiles(PackScorer.Fixtures, file, SearchOption.AllDirectories).Single();
        var gold = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(1.0, PackScore.Score(gold, gold.DeepClone()).Score, 6);
    }

    [Fact]
    public void Each_slip_costs_its_own_check()
    {
        var gold = JsonNode.Parse("""
            {"meeting": {"body": "County Council", "date": "2025-01-09"},
             "agendaItems": [{"number": 1, "title": "Apologies for Absence"}, {"number": 2, "title": "Declarations of Interest"}],
             "minutes": {"ofMeeting": {"body": "Cabinet", "date": "2024-12-05"},
                         "entries": [{"number": 5, "title": "Budget", "resolutions": ["a", "b"]}]},
             "questions": [{"kind": "public", "askedBy": "Mrs Jane Smith", "startsWith": "Will the Cabinet Member say"}]}
            """)!;
        var parsed = JsonNode.Parse("""
            {"meeting": {"body": "Kent County Council", "date": "2025-01-09T00:00:00"},
             "agendaItems": [{"number": 1, "title": "Apologies for absence"}, {"number": 3, "title": "Minutes"}],
             "minutes": {"ofMeeting": {"date": "2024-12-05"},
                         "entries": [{"number": 5, "title": "Budget", "resolutions": [""]}]},
             "questions": [{"kind": "member", "askedBy": "Jane Smith", "text": "Will the Cabinet Member say when"}]}
            """)!;

        var result = PackScore.Score(gold, parsed);

        var checks = result.Checks.ToDictionary(c => c.Name, c => c.Value);
        Assert.Equal(1.0, checks["meeting.body"]);          // the council's name in front is accepted
        Assert.Equal(1.0, checks["meeting.date"]);          // the first ten characters are the date
        Assert.Equal(0.5, checks["agendaItems.f1"], 6);     // one of two found, one of two right
        Assert.Equal(2.0 / 3, checks["minutes.resolutions.f1"], 6);
        Assert.Equal(0.0, checks["questions.f1"]);          // a member's question is not a public one
        Assert.Equal(checks.Values.Average(), result.Score, 6);
    }
}
