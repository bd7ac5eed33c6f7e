using AgendaSearch.Ingest.Relevance;

namespace AgendaSearch.Ingest.Tests.Relevance;

/// <summary>
/// The judgement lists stay usable: every line reads, every judgement names a record of the corpus as it is parsed
/// now (a parser change that moves or drops a judged record fails here rather than silently voiding the judgement),
/// and the lists keep the size and spread the relevance measure relies on.
/// </summary>
public sealed class RelevanceListTests(RelevanceLists lists) : IClassFixture<RelevanceLists>
{
    [Fact]
    public void Every_line_of_the_lists_reads() =>
        Assert.Empty(lists.Lists.SelectMany(l => l.Errors));

    [Fact]
    public void Every_judgement_names_a_record() =>
        Assert.Empty(lists.Needs.SelectMany(n => JudgementResolver.Resolve(n, lists.Index.Packs).Errors));

    [Fact]
    public void Need_ids_are_unique_across_the_lists() =>
        Assert.Empty(lists.Needs.GroupBy(n => n.Id).Where(g => g.Count() > 1).Select(g => g.Key));

    [Fact]
    public void The_held_out_list_judges_real_papers_of_several_councils()
    {
        var heldOut = lists.Needs.Where(n => n.Set == "heldout").ToList();
        var packs = heldOut.SelectMany(n => n.Judgements).Select(j => j.Pack).ToHashSet();

        Assert.True(heldOut.Count >= 20, $"{heldOut.Count} held-out needs");
        Assert.DoesNotContain(packs, p => p.StartsWith("scrutiny-commission", StringComparison.Ordinal));
        Assert.True(packs.Select(p => p.Split('_')[1]).Distinct().Count() >= 4, "held-out needs judge papers of fewer than four councils");
    }
}
