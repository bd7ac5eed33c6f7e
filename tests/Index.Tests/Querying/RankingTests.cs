using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Querying;

/// <summary>
/// Each ranking rule kept (RankingOptions) on a small hand-made index: with the rule the expected record comes
/// first; with the rule switched off it does not (so the test shows the rule is what orders them).
/// </summary>
public sealed class RankingTests
{
    [Fact]
    public void A_resolution_outranks_a_section_that_matches_as_well()
    {
        var records = new[]
        {
            Sample.Record("section", "Village green", "The village green registration was considered.", type: "section"),
            Sample.Record("resolution", "Village green", "The village green registration was considered.", type: "resolution"),
        };

        Assert.Equal("resolution", First(records, "village green registration"));
        Assert.True(Scores(records, "village green registration")["resolution"] > Scores(records, "village green registration")["section"]);
        Assert.Equal(
            Scores(records, "village green registration", new RankingOptions { SectionWeight = 1 })["resolution"],
            Scores(records, "village green registration", new RankingOptions { SectionWeight = 1 })["section"]);
    }

    [Fact]
    public void Words_together_outrank_the_same_words_apart()
    {
        var records = new[]
        {
            Sample.Record("apart", "Report", "The green by the church is not in the village centre today."),
            Sample.Record("together", "Report", "The village green by the church is not in the centre today."),
        };

        Assert.Equal("together", First(records, "village green"));
        var off = new RankingOptions { PhraseWeight = 0, ProximityWeight = 0 };
        Assert.Equal(Scores(records, "village green", off)["apart"], Scores(records, "village green", off)["together"]);
    }

    [Fact]
    public void A_decision_query_finds_resolutions_that_never_say_resolved_and_puts_them_first()
    {
        var records = new[]
        {
            Sample.Record("item", "Workplace parking levy", "A report on the workplace parking levy consultation."),
            Sample.Record("resolution", "Workplace parking levy", "That the workplace parking levy consultation be noted.", type: "resolution"),
        };

        var hits = Search(records, "workplace parking levy decision").Hits;

        Assert.Equal(["resolution", "item"], hits.Select(h => h.Record.Id));
        Assert.Empty(Search(records, "workplace parking levy decision", new RankingOptions { SkipDecisionWords = false, RelaxedFallback = false }).Hits);
    }

    [Fact]
    public void A_question_typed_as_a_sentence_needs_only_its_subject_words()
    {
        var records = new[]
        {
            Sample.Record("trees", "Fell Lane trees", "The council agreed to plant trees on Fell Lane."),
            Sample.Record("other", "Budget", "What was said about the budget and who did it."),
        };

        Assert.Equal(["trees"], Search(records, "what did they do about Fell Lane trees").Hits.Select(h => h.Record.Id));
    }

    [Fact]
    public void When_no_record_has_every_word_the_relaxed_search_finds_most_of_them_and_says_so()
    {
        var records = new[]
        {
            Sample.Record("green", "Village green", "The village green application was refused by the committee.", type: "resolution"),
            Sample.Record("hall", "Village hall", "Repairs to the hall roof."),
        };
        const string question = "why was the village green application for the allotments refused";

        var relaxed = Search(records, question);
        var strict = Search(records, question, new RankingOptions { RelaxedFallback = false });

        Assert.True(relaxed.Relaxed);
        Assert.Equal("green", relaxed.Hits[0].Record.Id);
        Assert.Empty(strict.Hits);
        Assert.False(strict.Relaxed);
        Assert.False(Search(records, "village green application").Relaxed);
    }

    [Fact]
    public void A_number_finds_the_minute_or_item_of_that_number()
    {
        var records = new[]
        {
            Sample.Record("minute-62", "Medium Term Financial Strategy", "The Commission considered the strategy.", type: "minute") with { MinuteNumber = 62 },
            Sample.Record("minute-61", "Medium Term Financial Strategy", "The Commission considered the strategy.", type: "minute") with { MinuteNumber = 61 },
            Sample.Record("item-62", "Budget", "Appendix 62 of the budget.", type: "item"),
        };

        Assert.Equal(["minute-62"], Search(records, "minute 62").Hits.Select(h => h.Record.Id));
        Assert.Equal("minute-62", First(records, "62 medium term financial strategy"));
        Assert.Empty(Search(records, "minute 62", new RankingOptions { NumberWeight = 0 }).Hits);
    }

    [Fact]
    public void A_word_naming_a_kind_finds_records_of_that_kind()
    {
        var records = new[]
        {
            Sample.Record("question", "From Sharon Scott", "Warehousing on the A42 corridor.", type: "question"),
            Sample.Record("item", "Warehousing", "Warehousing and logistics in the county."),
        };

        Assert.Equal(["question"], Search(records, "warehousing questions").Hits.Select(h => h.Record.Id));
        Assert.Empty(Search(records, "warehousing questions", new RankingOptions { KindWordWeight = 0 }).Hits);
    }

    [Fact]
    public void Classic_similarity_searches_the_same_index_with_the_same_matches()
    {
        var records = new[]
        {
            Sample.Record("a", "Village green", "village green"),
            Sample.Record("b", "Report", "a long report that mentions the village green once among many other words"),
        };

        var classic = Search(records, "village green", new RankingOptions { Similarity = RankingSimilarity.Classic });

        Assert.Equal(["a", "b"], classic.Hits.Select(h => h.Record.Id));
        Assert.Equal(["a", "b"], Search(records, "village green").Hits.Select(h => h.Record.Id));
    }

    private static string First(IReadOnlyList<AgendaSearch.Records.SearchRecord> records, string query, RankingOptions? ranking = null) =>
        Search(records, query, ranking).Hits[0].Record.Id;

    private static Dictionary<string, float> Scores(IReadOnlyList<AgendaSearch.Records.SearchRecord> records, string query, RankingOptions? ranking = null) =>
        Search(records, query, ranking).Hits.ToDictionary(h => h.Record.Id, h => h.Score);

    internal static SearchResults Search(IReadOnlyList<AgendaSearch.Records.SearchRecord> records, string query, RankingOptions? ranking = null, bool explain = false)
    {
        using var index = SearchIndex.OpenInMemory(ranking);
        index.ReplacePack("pack-a", records);
        index.Commit(new Dictionary<string, string>());
        return index.Search(new SearchRequest { Query = query, Explain = explain });
    }
}
