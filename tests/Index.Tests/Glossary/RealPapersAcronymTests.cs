using AgendaSearch.Index.Search;
using AgendaSearch.Records;
using Xunit.Abstractions;

namespace AgendaSearch.Index.Tests.Glossary;

/// <summary>
/// Acronyms on the seed packs and the real papers: a query for an acronym finds records that only spell it out,
/// and the reverse, within the council that defines it; the glossary holds the definitions the papers print.
/// </summary>
public sealed class RealPapersAcronymTests(RealPapersIndex papers, ITestOutputHelper output) : IClassFixture<RealPapersIndex>
{
    [Theory]
    [InlineData("MTFS", "Medium Term Financial Strategy", RealPapersIndex.Leicestershire)]
    [InlineData("S106", "Section 106", RealPapersIndex.Leicestershire)]
    [InlineData("OBC", "Outline Business Case", "Bristol City Council")]
    public void An_acronym_finds_records_that_only_spell_it_out(string acronym, string longForm, string council)
    {
        var hits = Search(acronym, council);
        var spelledOnly = hits.Where(r => Prints(r, longForm) && !PrintsAcronym(r, acronym)).ToList();
        output.WriteLine($"{acronym}: {hits.Count} hits, {spelledOnly.Count} spell it out only, e.g. {spelledOnly.FirstOrDefault()?.Id}");
        Assert.NotEmpty(spelledOnly);
        Assert.All(hits, r => Assert.Equal(council, r.Council));
    }

    [Theory]
    [InlineData("\"Leicester and Leicestershire Enterprise Partnership\"", "LLEP", RealPapersIndex.Leicestershire)]
    [InlineData("outline business case", "OBC", "Bristol City Council")]
    public void A_long_form_finds_records_that_only_print_the_acronym(string query, string acronym, string council)
    {
        var hits = Search(query, council);
        var acronymOnly = hits.Where(r => PrintsAcronym(r, acronym) && !Prints(r, query.Trim('"'))).ToList();
        output.WriteLine($"{query}: {hits.Count} hits, {acronymOnly.Count} print {acronym} only, e.g. {acronymOnly.FirstOrDefault()?.Id}");
        Assert.NotEmpty(acronymOnly);
    }

    [Fact]
    public void A_long_form_spelling_send_finds_the_acronym_in_capitals_not_the_verb()
    {
        var hits = Search("special educational needs and disabilities", null);
        Assert.Contains(hits, r => PrintsAcronym(r, "SEND") && !Prints(r, "special educational needs"));
        Assert.All(hits, r => Assert.True(
            PrintsAcronym(r, "SEND") || new[] { "special", "educational", "needs", "disabilit" }.All(w => Prints(r, w)),
            $"{r.Id} neither prints SEND nor the long form's words"));
    }

    [Fact]
    public void An_acronym_is_not_expanded_with_another_councils_meaning()
    {
        // FBC is the Full Business Case in Bristol's minutes and the Final Business Case in a paper of no council.
        var bristol = papers.Index.Search(new SearchRequest { Query = "FBC", PageSize = 100 });
        Assert.Contains(bristol.Expansions, e => e is { LongForm: "Full Business Case", Council: "Bristol City Council" });
        Assert.Contains(bristol.Expansions, e => e is { LongForm: "Final Business Case", Council: null, Source: GlossarySource.Papers });
        Assert.DoesNotContain(bristol.Hits, h => h.Record.Council == "Bristol City Council" && Prints(h.Record, "Final Business Case") && !PrintsAcronym(h.Record, "FBC"));
    }

    [Fact]
    public void The_papers_teach_each_council_its_acronyms()
    {
        var all = papers.Index.Glossary(null, 3).Where(e => e.Source == GlossarySource.Papers).ToList();
        foreach (var group in all.GroupBy(e => e.Council ?? "(no council)"))
        {
            output.WriteLine($"{group.Key}: {group.Count()} definitions");
            foreach (var e in group)
            {
                output.WriteLine($"  {e.Acronym}\t{e.LongForm}\t{e.Places}\t{string.Join("; ", e.DefinedIn.Select(p => $"{p.PackId} p.{p.Page}"))}");
            }
        }

        var leicestershire = papers.Index.Glossary(RealPapersIndex.Leicestershire, 3);
        var mtfs = Assert.Single(leicestershire, e => e is { Acronym: "MTFS", Source: GlossarySource.Papers });
        Assert.Equal("Medium Term Financial Strategy", mtfs.LongForm);
        Assert.True(mtfs.Places >= 2, $"MTFS defined in {mtfs.Places} records");
        Assert.All(mtfs.DefinedIn, p => Assert.StartsWith("scrutiny-commission-", p.PackId));
        Assert.Contains(leicestershire, e => e is { Acronym: "S106", Source: GlossarySource.BuiltIn });
        Assert.Contains(all, e => e is { Acronym: "OBC", Council: "Bristol City Council" });
    }

    /// <summary>
    /// For every acronym a council's papers define: every record of that council that spells a long form out
    /// without the acronym must be found by the acronym, and every record printing the acronym without a long form
    /// by the long form (typed as words).
    /// </summary>
    [Fact]
    public void Every_learned_acronym_finds_every_spelled_out_record_of_its_council_and_the_reverse()
    {
        var (forward, forwardFound, reverse, reverseFound) = (0, 0, 0, 0);
        var missed = new List<string>();
        foreach (var council in papers.Index.Glossary(null, 0).Select(e => e.Council).OfType<string>().Distinct())
        {
            var records = Search("", council);
            foreach (var meaning in papers.Index.Glossary(council, 0).Where(e => e.Source == GlossarySource.Papers).GroupBy(e => e.Acronym))
            {
                var byAcronym = Search(meaning.Key, council).Select(r => r.Id).ToHashSet();
                foreach (var record in records.Where(r => !PrintsAcronym(r, meaning.Key) && meaning.Any(m => Prints(r, m.LongForm))))
                {
                    forward++;
                    forwardFound += byAcronym.Contains(record.Id) ? 1 : 0;
                    if (!byAcronym.Contains(record.Id)) missed.Add($"{meaning.Key} -> {record.Id}");
                }

                foreach (var longForm in meaning)
                {
                    var byLongForm = Search(AsWords(longForm.LongForm), council).Select(r => r.Id).ToHashSet();
                    foreach (var record in records.Where(r => PrintsAcronym(r, meaning.Key) && !meaning.Any(m => Prints(r, m.LongForm))))
                    {
                        reverse++;
                        reverseFound += byLongForm.Contains(record.Id) ? 1 : 0;
                        if (!byLongForm.Contains(record.Id)) missed.Add($"{longForm.LongForm} -> {record.Id}");
                    }
                }
            }
        }

        output.WriteLine($"acronym -> spelled-out records: {forwardFound}/{forward}; long form -> acronym-only records: {reverseFound}/{reverse}");
        missed.ForEach(output.WriteLine);
        Assert.True(forward >= 20 && reverse >= 10, $"too few cases to measure: {forward}, {reverse}");
        Assert.Equal(forward, forwardFound);
        Assert.Equal(reverse, reverseFound);
    }

    private List<SearchRecord> Search(string query, string? council) =>
        papers.Index.Search(new SearchRequest { Query = query, Councils = council is null ? [] : [council], PageSize = 5000 })
            .Hits.Select(h => papers.Index.Get(h.Record.Id)!).ToList();

    private static bool Prints(SearchRecord record, string words) =>
        Normal(record.Title + " " + record.Text).Contains(Normal(words), StringComparison.OrdinalIgnoreCase);

    private static bool PrintsAcronym(SearchRecord record, string acronym) =>
        System.Text.RegularExpressions.Regex.IsMatch(record.Title + " " + record.Text, $@"(?<![\w&]){System.Text.RegularExpressions.Regex.Escape(acronym)}s?(?![\w&])");

    /// <summary>The long form as words a person would type: no query syntax ("Entry / Exit System").</summary>
    private static string AsWords(string longForm) => System.Text.RegularExpressions.Regex.Replace(longForm, @"[^\w\s]", " ");

    private static string Normal(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '-'], StringSplitOptions.RemoveEmptyEntries));
}
