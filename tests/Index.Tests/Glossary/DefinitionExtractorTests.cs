using AgendaSearch.Index.Glossary;
using AgendaSearch.Ingest.Tests;
using AgendaSearch.Ingest.Tests.Fixtures;

namespace AgendaSearch.Index.Tests.Glossary;

/// <summary>
/// The definitions found in readable texts (fixtures/NAME.txt), checked against NAME.tsv beside them: one line a
/// definition, "ACRONYM, tab, long form, tab, line N" where the definition starts. negatives.txt holds bracketed
/// words and acronyms that define nothing; its expected file is empty.
/// </summary>
public sealed class DefinitionExtractorTests
{
    [Theory]
    [InlineData("bracketed")]
    [InlineData("rows")]
    [InlineData("columns")]
    [InlineData("negatives")]
    public void Fixture_gives_the_expected_definitions(string name)
    {
        var text = File.ReadAllText(PathOf(name + ".txt")).Replace("\r\n", "\n");
        var lines = DefinitionExtractor.Extract(text)
            .Select(d => $"{d.Acronym}\t{d.LongForm}\tline {text[..d.Offset].Count(c => c == '\n') + 1}\n");
        Golden.Verify(string.Concat(lines), PathOf(name + ".tsv"));
    }

    [Theory]
    [InlineData("MTFS", "Medium Term Financial Strategy", true)]
    [InlineData("MTFS", "Medium-Term Financial Strategy", true)]
    [InlineData("S106", "Section 106", true)]
    [InlineData("R&D", "Research and Development", true)]
    [InlineData("R&D", "Research & Development", true)]
    [InlineData("SEND", "Special Educational Needs and Disabilities", true)]
    [InlineData("DfE", "Department for Education", true)]
    [InlineData("MTFS", "Medium Term Financial", false)]
    [InlineData("MTFS", "the Medium Term Financial Strategy", false)]
    [InlineData("S106", "Section 107", false)]
    [InlineData("LAC", "Looked after Children in Care", false)]
    public void A_long_form_fits_only_when_every_word_spells_the_acronym(string acronym, string longForm, bool fits) =>
        Assert.Equal(fits, LongForms.Fits(acronym, longForm));

    [Theory]
    [InlineData("Mayoral Strategic Authorities", "Mayoral Strategic Authority")]
    [InlineData("Dedicated Schools Grant", "dedicated school grant")]
    [InlineData("Research & Development", "Research and Development")]
    [InlineData("Special Educational Needs and Disability", "special educational needs and disability")]
    public void Printings_of_one_meaning_have_one_key(string printed, string other) =>
        Assert.Equal(LongForms.Key(printed), LongForms.Key(other));

    [Theory]
    [InlineData("MTFS", true)]
    [InlineData("S106", true)]
    [InlineData("R&D", true)]
    [InlineData("DfE", true)]
    [InlineData("Chair", false)]
    [InlineData("2024", false)]
    [InlineData("A", false)]
    public void Only_acronym_shaped_words_are_acronyms(string word, bool acronym) =>
        Assert.Equal(acronym, LongForms.IsAcronym(word));

    [Fact]
    public void The_built_in_list_is_short_and_each_long_form_spells_its_acronym()
    {
        Assert.InRange(BuiltInAcronyms.All.Count, 30, 50);
        Assert.All(BuiltInAcronyms.All, b => Assert.True(LongForms.IsAcronym(b.Acronym) && LongForms.Fits(b.Acronym, b.LongForm), $"{b.Acronym} {b.LongForm}"));
        Assert.Equal(BuiltInAcronyms.All.Count, BuiltInAcronyms.All.Select(b => b.Acronym).Distinct().Count());
    }

    private static string PathOf(string name) => Path.Combine(Corpus.Root, "tests", "Index.Tests", "Glossary", "fixtures", name);
}
