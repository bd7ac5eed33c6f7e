namespace AgendaSearch.Ingest.Relevance;

/// <summary>
/// The measures of one ranked list against a need's judgements. <c>ranked</c> holds the grade of each hit in rank
/// order (an unjudged hit counts 0); <c>judged</c> the grade of every record judged for the need.
/// </summary>
public static class RelevanceMetrics
{
    /// <summary>
    /// nDCG at <paramref name="k"/>: gains 2^grade - 1 discounted by log2(rank + 1), over the same sum for the best
    /// possible order of every judged record; 0 when nothing judged is relevant.
    /// </summary>
    public static double Ndcg(IReadOnlyList<int> ranked, IReadOnlyList<int> judged, int k)
    {
        var ideal = Dcg(judged.OrderDescending().ToList(), k);
        return ideal == 0 ? 0 : Dcg(ranked, k) / ideal;
    }

    /// <summary>1 / the rank of the first hit graded at least <paramref name="minGrade"/>; 0 when none is.</summary>
    public static double ReciprocalRank(IReadOnlyList<int> ranked, int minGrade = 1)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i] >= minGrade)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>The share of the <paramref name="relevant"/> records (graded 1 or 2) found in the first <paramref name="k"/> hits.</summary>
    public static double Recall(IReadOnlyList<int> ranked, int relevant, int k) =>
        relevant == 0 ? 0 : (double)ranked.Take(k).Count(g => g > 0) / relevant;

    private static double Dcg(IReadOnlyList<int> grades, int k) =>
        grades.Take(k).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
}
