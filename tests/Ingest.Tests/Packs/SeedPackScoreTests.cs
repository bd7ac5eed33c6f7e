namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>Scores the parsed seed packs with the project's scorer against the hand-checked gold files.</summary>
public sealed class SeedPackScoreTests
{
    [Theory]
    [InlineData(Corpus.July2021)]
    [InlineData(Corpus.March2022)]
    public void Seed_pack_scores_at_least_0_95_against_its_gold_file(string pack)
    {
        var (score, output) = PackScorer.Score(PackScorer.SeedGold(pack), ParsedSeedPacks.Get(pack));
        Assert.True(score >= 0.95, $"score {score} below 0.95:\n{output}");
    }
}
