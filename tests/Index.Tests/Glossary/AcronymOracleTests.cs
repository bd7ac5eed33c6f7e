using AgendaSearch.Index.Search;
using AgendaSearch.Records;

namespace AgendaSearch.Index.Tests.Glossary;

/// <summary>
/// Two councils where CIL means different things, and records that only print one form: a search for either form
/// finds the other form's records of the council that gives that meaning, never the other council's.
/// </summary>
public sealed class AcronymOracleTests : IDisposable
{
    private const string Northshire = "Northshire County Council";
    private const string Southdale = "Southdale District Council";

    private readonly ISearchIndex _index = SearchIndex.OpenInMemory();

    public AcronymOracleTests()
    {
        Add("north-pack", Northshire,
            ("n-defines", "Planning contributions", "The Community Infrastructure Levy (CIL) is charged on new homes."),
            ("n-acronym", "CIL receipts", "CIL receipts rose this year."),
            ("n-long", "Levy review", "The community infrastructure levy rates were reviewed."),
            ("n-carbon", "Loans", "A carbon improvement loan was offered."),
            ("n-verb", "Letters", "Officers will send the letters."),
            ("n-send", "Schools", "Special educational needs and disabilities (SEND) support grew."),
            ("n-send-only", "High needs", "The SEND deficit grew."));
        Add("south-pack", Southdale,
            ("s-defines", "Energy", "The Carbon Improvement Loan (CIL) scheme opens in May."),
            ("s-acronym", "CIL uptake", "CIL uptake was slow."),
            ("s-long", "Loans", "Each carbon improvement loan is repaid over ten years."),
            ("s-levy", "Levy", "The community infrastructure levy is not charged here."),
            ("s-mtfs", "Budget", "The medium term financial strategy was approved."),
            ("s-verb", "Letters", "Officers will send the letters."),
            ("s-ehcps", "Plans", "Forty EHCPs were issued."),
            ("s-ehcp-long", "Plans", "Each education, health and care plan is reviewed yearly."),
            ("s-s106", "Planning", "The S106 money was spent."),
            ("s-s-dot-106", "Planning", "Contributions under s.106 were agreed."),
            ("s-section-106", "Planning", "A section 106 agreement was signed."));
        _index.Commit(new Dictionary<string, string>());
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void An_acronym_finds_each_councils_long_form_only_in_that_council()
    {
        Assert.Equal(["n-acronym", "n-defines", "n-long", "s-acronym", "s-defines", "s-long"], Ids("CIL"));
        Assert.Equal(["n-acronym", "n-defines", "n-long"], Ids("CIL", Northshire));
        Assert.Equal(["s-acronym", "s-defines", "s-long"], Ids("CIL", "southdale-district-council"));
    }

    [Fact]
    public void A_long_form_finds_the_acronym_only_in_the_council_that_defines_it()
    {
        Assert.Equal(["n-acronym", "n-defines", "n-long", "s-levy"], Ids("community infrastructure levy"));
        Assert.Equal(["n-carbon", "s-acronym", "s-defines", "s-long"], Ids("\"carbon improvement loan\""));
    }

    [Fact]
    public void The_built_in_list_fills_in_where_no_paper_defines_the_acronym()
    {
        // No paper defines MTFS: the built-in long form applies in every council.
        Assert.Equal(["s-mtfs"], Ids("MTFS"));
        Assert.Equal(["s-mtfs"], Ids("mtfs"));
        var results = _index.Search(new SearchRequest { Query = "MTFS" });
        var expansion = Assert.Single(results.Expansions);
        Assert.Equal(new QueryExpansion("MTFS", "Medium Term Financial Strategy", null, GlossarySource.BuiltIn, false, null), expansion);
    }

    [Fact]
    public void A_long_form_matches_the_acronym_in_capitals_not_the_word_spelled_alike()
    {
        Assert.Equal(["n-send", "n-send-only"], Ids("special educational needs and disabilities"));
        // Typed in lower case, "send" is the verb: no expansion.
        Assert.Empty(_index.Search(new SearchRequest { Query = "send" }).Expansions);
    }

    [Theory]
    [InlineData("EHCP")]
    [InlineData("EHCPs")]
    [InlineData("ehcp")]
    public void A_plural_acronym_is_the_acronym_and_finds_its_long_form(string query) =>
        // "ehcp" has vowels, but every record printing it prints it in capitals: it is the acronym.
        Assert.Equal(["s-ehcp-long", "s-ehcps"], Ids(query));

    [Fact]
    public void A_lower_case_word_records_print_in_lower_case_too_is_a_word()
    {
        // Both councils print "send" as a verb, Northshire "SEND" as well: "send" is the word, "cil" the acronym.
        Assert.Empty(_index.Search(new SearchRequest { Query = "send" }).Expansions);
        Assert.Equal(["n-verb", "s-verb"], Ids("send").Where(id => id.EndsWith("verb")).ToList());
        Assert.Equal(Ids("CIL"), Ids("cil"));
    }

    [Theory]
    [InlineData("S106")]
    [InlineData("s106")]
    [InlineData("S.106")]
    [InlineData("s.106")]
    [InlineData("\"section 106\"")]
    [InlineData("section 106")]
    public void Section_106_is_found_however_it_is_printed_or_typed(string query) =>
        Assert.Equal(["s-s-dot-106", "s-s106", "s-section-106"], Ids(query));

    [Theory]
    [InlineData("CIL")]
    [InlineData("community infrastructure levy")]
    public void Exports_scan_the_same_expanded_hits_as_the_search(string query)
    {
        using var scan = _index.Scan(new SearchRequest { Query = query }, 100);
        Assert.Equal(Ids(query), scan.Hits.Select(h => h.Record.Id[(h.Record.Id.IndexOf(':') + 1)..]).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Fields_and_exclusions_are_left_as_typed()
    {
        Assert.Equal(["n-acronym", "s-acronym"], Ids("title:CIL"));
        // Only the records printing the acronym are excluded: its long form is not searched for under a minus.
        Assert.Equal(["n-long", "s-levy"], Ids("levy -CIL"));
    }

    [Fact]
    public void Expansions_say_which_council_and_where_the_papers_define_them()
    {
        var results = _index.Search(new SearchRequest { Query = "CIL", Councils = [Northshire] });
        var expansion = Assert.Single(results.Expansions, e => e.Source == GlossarySource.Papers);
        Assert.Equal(("Community Infrastructure Levy", Northshire, "north-pack p.1"), (expansion.LongForm, expansion.Council, expansion.DefinedIn));
        Assert.Equal("CIL = Community Infrastructure Levy (Northshire County Council), defined in north-pack p.1", expansion.Note);
    }

    [Fact]
    public void The_glossary_lists_a_councils_definitions_with_places_and_the_built_ins_it_lacks()
    {
        var north = _index.Glossary("northshire-county-council", 5);
        var cil = Assert.Single(north, e => e.Acronym == "CIL");
        Assert.Equal(("Community Infrastructure Levy", GlossarySource.Papers, 1), (cil.LongForm, cil.Source, cil.Places));
        Assert.Equal("north-pack:n-defines", Assert.Single(cil.DefinedIn).RecordId);
        Assert.Contains(north, e => e is { Acronym: "MTFS", Source: GlossarySource.BuiltIn, Council: Northshire });
        Assert.Empty(_index.Glossary("Nowhere Council", 5));
    }

    [Fact]
    public void Removing_a_pack_removes_what_it_defined()
    {
        _index.RemovePack("south-pack");
        _index.Commit(new Dictionary<string, string>());
        Assert.DoesNotContain(_index.Glossary(null, 5), e => e.LongForm == "Carbon Improvement Loan");
        Assert.Equal(["n-acronym", "n-defines", "n-long"], Ids("CIL"));
    }

    private List<string> Ids(string query, string? council = null) =>
        _index.Search(new SearchRequest { Query = query, Councils = council is null ? [] : [council], PageSize = 50 })
            .Hits.Select(h => h.Record.Id[(h.Record.Id.IndexOf(':') + 1)..]).Order(StringComparer.Ordinal).ToList();

    private void Add(string packId, string council, params (string Id, string Title, string Text)[] records) =>
        _index.ReplacePack(packId, records
            .Select(r => Sample.Record($"{packId}:{r.Id}", r.Title, r.Text, packId: packId) with { Council = council, Pages = [1], PageStarts = [0] })
            .ToList());
}
