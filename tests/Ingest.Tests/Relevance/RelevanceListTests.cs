using System.Globalization;
using AgendaSearch.Ingest.Relevance;

namespace AgendaSearch.Ingest.Tests.Relevance;

/// <summary>
/// The judgement lists stay usable: every line reads, every judgement names a record of the corpus as it is parsed
/// now (a parser change that moves or drops a judged record fails here rather than silently voiding the judgement),
/// the lists keep the size and spread the relevance measure relies on, and each list's mean nDCG@10 stays at or above
/// its floor in bench/relevance/floors.tsv (a ratchet: ranking may not give back what it gained without a test saying so).
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
    public void The_main_list_has_sixty_needs_of_every_kind()
    {
        var main = lists.Needs.Where(n => n.Set == "needs").ToList();

        Assert.True(main.Count >= 60, $"{main.Count} needs in the main list");
        Assert.Equal(Enum.GetValues<NeedKind>(), main.Select(n => n.Kind).Distinct().Order());
    }

    [Fact]
    public void The_held_out_list_judges_real_papers_of_several_councils()
    {
        var heldOut = lists.Needs.Where(n => n.Set == "heldout").ToList();
        var packs = heldOut.SelectMany(n => n.Judgements).Select(j => j.Pack).ToHashSet();

        Assert.True(heldOut.Count >= 20, $"{heldOut.Count} held-out needs");
        Assert.DoesNotContain(packs, p => p.StartsWith("scrutiny-commission", StringComparison.Ordinal));
        Assert.True(packs.Select(p => p.Split('_')[1]).Distinct().Count() >= 4, "held-out needs judge papers of fewer than four councils");
    }

    [Fact]
    public void Each_list_scores_at_least_its_floor()
    {
        var floors = File.ReadLines(Path.Combine(Corpus.Root, "bench", "relevance", "floors.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture));
        var scores = RelevanceEvaluator.Evaluate(lists.Index, lists.Needs);

        Assert.Equal(["heldout", "needs"], floors.Keys.Order(StringComparer.Ordinal));
        foreach (var list in scores.GroupBy(s => s.Need.Set))
        {
            var ndcg = list.Average(s => s.Ndcg);
            Assert.True(ndcg >= floors[list.Key], $"{list.Key}: nDCG@10 {ndcg:0.0000} below its floor {floors[list.Key]:0.00}");
        }
    }
}
