using System.Text.Json;
using AgendaSearch.Ingest.Tests.Packs;

namespace AgendaSearch.Ingest.Tests.Questions;

/// <summary>
/// The gold files give askers as printed ("Mrs Sharon Scott"). The scorer compares surnames only,
/// so this holds the parser to the printed form exactly: the title stays in the parsed pack (the
/// search record keeps the bare name and indexes the printed one beside it).
/// </summary>
public sealed class SeedQuestionNameTests
{
    [Theory]
    [InlineData(Corpus.July2021)]
    [InlineData(Corpus.March2022)]
    public void Askers_are_kept_as_the_gold_file_prints_them(string pack)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(PackScorer.SeedGold(pack)));
        var expected = gold.RootElement.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("askedBy").GetString()).ToList();

        Assert.Contains("Mrs Sharon Scott", expected);
        Assert.Equal(expected, ParsedSeedPacks.Get(pack).Questions.Select(q => q.AskedBy));
    }
}
