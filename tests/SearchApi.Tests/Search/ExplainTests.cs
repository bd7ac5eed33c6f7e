using System.Globalization;
using System.Text.RegularExpressions;
using AgendaSearch.SearchApi.Tests.Support;
using static AgendaSearch.SearchApi.Tests.Support.Council;

namespace AgendaSearch.SearchApi.Tests.Search;

/// <summary>explain=true: each hit says why it scored what it did, in lines whose shares add up to its total.</summary>
public sealed partial class ExplainTests : IDisposable
{
    private readonly TestApi _api = new TestApi().SeedCouncil();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Each_hit_explains_its_score_by_field_with_shares_that_add_up_to_the_total()
    {
        var results = await _api.GetJson("/api/search?q=budget+monitoring&explain=true");

        var hits = results.Items("hits");
        Assert.NotEmpty(hits);
        var first = hits[0];
        Assert.Equal(BudgetMonitoring, first.Str("id"));
        var explanation = first.GetProperty("explanation");
        var lines = explanation.Items("lines").Select(l => l.GetString()!).ToList();
        var total = explanation.GetProperty("total").GetSingle();
        Assert.Contains(lines, l => l.StartsWith("title matched 'budget' (weight 2)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("phrase \"budget monitor\" in title", StringComparison.Ordinal));
        Assert.Equal($"total {total.ToString("0.###", CultureInfo.InvariantCulture)}", lines[^1]);
        var shares = lines.Select(l => Share().Match(l)).Where(m => m.Success).Sum(m => float.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.InRange(shares, total * 0.99f, total * 1.01f);
        // Hits are explained in rank order: a higher total never follows a lower one.
        var totals = hits.Select(h => h.GetProperty("explanation").GetProperty("total").GetSingle()).ToList();
        Assert.Equal(totals.OrderByDescending(t => t), totals);
    }

    [Fact]
    public async Task A_decision_query_names_the_kind_prior_that_raised_a_resolution()
    {
        var results = await _api.GetJson("/api/search?q=budget+monitoring+agreed&explain=true");

        var resolution = Assert.Single(results.Items("hits"), h => h.Str("id") == ResolutionA);
        Assert.Contains(resolution.GetProperty("explanation").Items("lines"), l => l.GetString() == "kind prior: resolution ×1.5");
    }

    [Fact]
    public async Task Without_explain_hits_carry_no_explanation()
    {
        var results = await _api.GetJson("/api/search?q=budget");

        Assert.All(results.Items("hits"), h => Assert.False(h.TryGetProperty("explanation", out _)));
        Assert.False(results.GetProperty("relaxed").GetBoolean());
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    public async Task A_bad_explain_value_is_a_400_naming_the_parameter(string value)
    {
        var problem = await _api.GetProblem($"/api/search?q=budget&explain={value}", 400);

        Assert.Equal($"explain must be true or false (default false); got \"{value}\".", problem.Error("explain"));
    }

    [Fact]
    public async Task A_question_no_record_answers_in_full_is_searched_relaxed_and_flagged()
    {
        var results = await _api.GetJson("/api/search?q=what+did+the+commission+say+about+parking+charges+in+january&explain=true");

        Assert.True(results.GetProperty("relaxed").GetBoolean());
        Assert.Equal(Question, results.Ids("hits")[0]);
        Assert.Contains(results.Items("hits")[0].GetProperty("explanation").Items("lines"), l => l.GetString()!.StartsWith("relaxed search", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"→ ([\d.]+) of ")]
    private static partial Regex Share();
}
