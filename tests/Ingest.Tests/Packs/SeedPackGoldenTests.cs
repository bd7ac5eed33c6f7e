using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>
/// The full parsed JSON of each seed pack, compared with Packs/golden/&lt;pack&gt;.json.
/// Regenerate with UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public sealed class SeedPackGoldenTests
{
    [Theory]
    [InlineData(Corpus.July2021)]
    [InlineData(Corpus.March2022)]
    public void Seed_pack_parses_to_its_golden_json(string pack)
    {
        var expected = Path.Combine(Corpus.Root, "tests", "Ingest.Tests", "Packs", "golden", Path.ChangeExtension(pack, ".json"));
        Golden.Verify(ParsedJson.Serialize(ParsedSeedPacks.Get(pack)), expected);
    }
}
