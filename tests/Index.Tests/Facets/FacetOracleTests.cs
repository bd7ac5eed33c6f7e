using AgendaSearch.Records;
using AgendaSearch.Index.Search;

namespace AgendaSearch.Index.Tests.Facets;

/// <summary>
/// Facet counts and filters checked against LINQ over the same records: random records spread
/// over several segments (one with no officers at all), random queries and filters. Facets are
/// drill-sideways: a dimension's counts apply every filter except its own.
/// </summary>
public sealed class FacetOracleTests : IDisposable
{
    private static readonly string[] Words = ["budget", "school", "library", "flood", "grant", "transport", "climate", "bridge"];
    private static readonly string[] Types = ["item", "minute", "resolution", "question", "meeting"];
    private static readonly string[] Bodies = ["Scrutiny Commission", "Cabinet", "Highways Committee"];
    private static readonly string[] People = ["Chris Tambini", "Declan Keegan", "Tom Purnell", "Zafar Saleem", "Ashley Epps"];

    private readonly ISearchIndex _index = SearchIndex.OpenInMemory();
    private readonly List<SearchRecord> _records = [];

    public FacetOracleTests()
    {
        var random = new Random(20220309);
        for (var batch = 0; batch < 4; batch++)
        {
            var packId = $"batch-{batch}";
            var records = Enumerable.Range(0, 80).Select(i => RandomRecord(random, packId, $"{packId}:{i}", withOfficers: batch != 2)).ToList();
            _index.ReplacePack(packId, records);
            _index.Commit(new Dictionary<string, string>());
            _records.AddRange(records);
        }
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Totals_and_facet_counts_match_linq_for_random_queries_and_filters()
    {
        Assert.True(((AgendaSearch.Index.Storage.LuceneSearchIndex)_index).SegmentCount >= 4);
        var random = new Random(31);
        for (var run = 0; run < 300; run++)
        {
            var request = RandomRequest(random);
            var results = _index.Search(request);
            var because = $"run {run}: {System.Text.Json.JsonSerializer.Serialize(request)}";

            var expected = _records.Where(r => Matches(r, request.Query) && Passes(r, request, except: null)).ToList();
            Assert.True(expected.Count == results.Total, because);
            Assert.All(results.Hits, hit => Assert.Contains(expected, r => r.Id == hit.Record.Id));
            Assert.Equal(Math.Min(request.PageSize, expected.Count), results.Hits.Count);

            AssertFacets(request, results, because);
        }
    }

    [Fact]
    public void A_facet_limit_keeps_the_highest_counts_in_order()
    {
        var random = new Random(47);
        for (var run = 0; run < 100; run++)
        {
            var request = RandomRequest(random) with { FacetLimit = random.Next(1, 5) };
            AssertFacets(request, _index.Search(request), $"run {run}: {System.Text.Json.JsonSerializer.Serialize(request)}");
        }
    }

    [Fact]
    public void Counts_follow_a_commit_that_adds_values_and_removes_a_segments_records()
    {
        var request = new SearchRequest { Officers = ["Chris Tambini"] };
        AssertFacets(request, _index.Search(request), "before");

        var added = new[] { Sample.Record("new:1", "budget", "budget", officers: ["Nadia New", "Chris Tambini"], packId: "new") };
        _index.ReplacePack("new", added);
        _index.RemovePack("batch-1");
        _index.Commit(new Dictionary<string, string>());
        _records.RemoveAll(r => r.PackId == "batch-1");
        _records.AddRange(added);

        var results = _index.Search(request);
        AssertFacets(request, results, "after");
        Assert.Contains(new FacetCount("Nadia New", 1), results.Facets["officer"]);
    }

    private void AssertFacets(SearchRequest request, SearchResults results, string because)
    {
        foreach (var dimension in new[] { "type", "body", "year", "officer" })
        {
            var counted = _records
                .Where(r => Matches(r, request.Query) && Passes(r, request, except: dimension))
                .SelectMany(r => ValuesOf(r, dimension))
                .GroupBy(v => v)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FacetCount(g.Key, g.Count()))
                .Take(request.FacetLimit ?? int.MaxValue);
            Assert.True(counted.SequenceEqual(results.Facets[dimension]), $"{because} facet {dimension}");
        }
    }

    private static SearchRecord RandomRecord(Random random, string packId, string id, bool withOfficers) =>
        Sample.Record(
            id,
            string.Join(' ', Pick(random, Words, random.Next(1, 3))),
            string.Join(' ', Enumerable.Range(0, random.Next(3, 12)).Select(_ => Words[random.Next(Words.Length)])),
            type: Types[random.Next(Types.Length)],
            body: Bodies[random.Next(Bodies.Length)],
            date: random.Next(6) == 0 ? null : new DateOnly(2019, 1, 1).AddDays(random.Next(5 * 365)),
            packId: packId,
            officers: withOfficers ? [.. Pick(random, People, random.Next(0, 4))] : []);

    private static SearchRequest RandomRequest(Random random)
    {
        var (a, b) = (Words[random.Next(Words.Length)], Words[random.Next(Words.Length)]);
        var query = random.Next(7) switch
        {
            0 => null,
            1 => "  ",
            2 => a,
            3 => $"{a} {b}",
            4 => $"{a} OR {b}",
            5 => $"{a} -{b}",
            _ => $"-{a}",
        };
        DateOnly? from = random.Next(4) == 0 ? new DateOnly(2019, 1, 1).AddDays(random.Next(900)) : null;
        DateOnly? to = random.Next(4) == 0 ? new DateOnly(2021, 1, 1).AddDays(random.Next(900)) : null;
        return new SearchRequest
        {
            Query = query,
            Types = Maybe(random, Types).Select(RecordKinds.Parse).ToList(),
            Bodies = Maybe(random, Bodies).Select(b => random.Next(2) == 0 ? b.ToUpperInvariant() : RecordIds.Slug(b)).ToList(),
            Officers = Maybe(random, People),
            Years = Maybe(random, ["2019", "2020", "2021", "2022", "2023"]).Select(int.Parse).ToList(),
            From = from,
            To = to,
            PageSize = random.Next(1, 30),
        };
    }

    private static bool Matches(SearchRecord record, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }

        var words = (record.Title + " " + record.Text).Split(' ').ToHashSet();
        var parts = query.Split(' ');
        return parts switch
        {
            [var only] when only.StartsWith('-') => !words.Contains(only[1..]),
            [var only] => words.Contains(only),
            [var x, "OR", var y] => words.Contains(x) || words.Contains(y),
            [var x, var y] when y.StartsWith('-') => words.Contains(x) && !words.Contains(y[1..]),
            [var x, var y] => words.Contains(x) && words.Contains(y),
            _ => throw new InvalidOperationException(query),
        };
    }

    private static bool Passes(SearchRecord r, SearchRequest request, string? except)
    {
        bool Any(string dimension, IReadOnlyList<string> wanted) =>
            dimension == except || wanted.Count == 0 || ValuesOf(r, dimension).Any(v => wanted.Contains(v, StringComparer.OrdinalIgnoreCase));

        var types = except == "type" || (request.Types.Count == 0 ? r.Type != RecordKind.Meeting : request.Types.Contains(r.Type));
        var bodies = Any("body", request.Bodies.Select(b => Bodies.Single(x => b.Equals(x, StringComparison.OrdinalIgnoreCase) || b == RecordIds.Slug(x))).ToList());
        var dates = (request.From is null || r.MeetingDate >= request.From) && (request.To is null || r.MeetingDate <= request.To);
        return types && bodies && Any("officer", request.Officers) && Any("year", request.Years.Select(y => y.ToString()).ToList()) && dates;
    }

    private static IEnumerable<string> ValuesOf(SearchRecord r, string dimension) => dimension switch
    {
        "type" => [r.Type.Name()],
        "body" => [r.Body],
        "year" => r.MeetingDate is { } d ? [d.Year.ToString()] : [],
        _ => r.Officers,
    };

    private static List<string> Maybe(Random random, string[] values) =>
        random.Next(3) == 0 ? Pick(random, values, random.Next(1, 3)) : [];

    private static List<string> Pick(Random random, string[] values, int count) =>
        values.OrderBy(_ => random.Next()).Take(count).ToList();
}
