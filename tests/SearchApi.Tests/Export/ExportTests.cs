using System.Text;
using System.Text.Json;
using AgendaSearch.Records;
using AgendaSearch.Index.Search;
using AgendaSearch.SearchApi.Export;
using AgendaSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static AgendaSearch.SearchApi.Tests.Support.Council;

namespace AgendaSearch.SearchApi.Tests.Export;

public sealed class ExportTests
{
    [Fact]
    public async Task Csv_has_a_header_every_field_and_quotes_what_needs_quoting()
    {
        using var api = new TestApi().SeedCouncil().Seed("tricky", Tricky("Budget, \"revised\"\r\nsecond line"));

        using var response = await api.Client.GetAsync("/api/search.csv?q=budget&sort=date");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(CsvFormat.ColumnNames, rows[0]);
        Assert.All(rows, row => Assert.Equal(CsvFormat.ColumnNames.Count, row.Count));
        Assert.Equal("7", response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(7, rows.Count - 1);

        var tricky = Row(rows, TrickyId);
        Assert.Equal("Budget, \"revised\"\r\nsecond line", tricky["text"]);
        Assert.Equal("'=HYPERLINK(\"http://example.com\",\"budget\")", tricky["title"]);
        Assert.Equal("'-5% to the budget", tricky["resolutionLabel"]);
        var item = Row(rows, BudgetMonitoring);
        Assert.Equal("http://localhost/r/scrutiny-commission/2022-01-31/item-5", item["url"]);
        Assert.Equal($"http://localhost/api/packs/{JanuaryPack}/pdf#page=20", item["pdf"]);
        Assert.Equal(("2022-01-31", "5", "Amy Oliver", "20-30"), (item["meetingDate"], item["itemNumber"], item["officers"], item["pages"]));
        Assert.Contains("budget monitoring", item["snippet"]);
        Assert.DoesNotContain("<mark>", item["snippet"]);
    }

    [Fact]
    public async Task Ndjson_has_one_object_per_line_with_the_same_fields()
    {
        using var api = new TestApi().SeedCouncil();

        using var response = await api.Client.GetAsync("/api/search.ndjson?q=budget&type=resolution");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("", lines[^1]);
        var rows = lines[..^1].Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equivalent(new[] { ResolutionA, ResolutionB }, rows.Select(r => r.Str("id")), strict: true);
        var b = rows.Single(r => r.Str("id") == ResolutionB);
        Assert.Equal(BudgetMinute, b.Str("parentId"));
        Assert.Equal("That the Director report back on the savings programme.", b.Str("text"));
        Assert.Equal("http://localhost/r/scrutiny-commission/2022-01-31/minute-61/resolution-b", b.Str("url"));
        Assert.StartsWith("Scrutiny Commission, 31 January 2022, minute 61, resolution (b)", b.Str("citation"));
    }

    [Fact]
    public async Task A_limit_caps_the_rows_and_the_headers_say_how_many_matched()
    {
        using var api = new TestApi().SeedCouncil();

        using var response = await api.Client.GetAsync("/api/search.ndjson?q=budget&limit=2");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.Equal("6", response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal("2", response.Headers.GetValues("X-Export-Count").Single());
        var problem = await api.GetProblem($"/api/search.csv?limit={ExportEndpoints.MaxRecords + 1}", 400);
        Assert.Contains("limit", problem.Error("limit"));
        await api.GetProblem("/api/search.csv?q=title:(budget", 400);
        Assert.Contains("got \"report\"", (await api.GetProblem("/api/search.ndjson?type=report", 400)).Error("type"));
    }

    [Fact]
    public async Task Twenty_thousand_records_stream_the_first_rows_arrive_while_the_rest_are_still_unread()
    {
        const int records = 20_000;
        GatedIndex? gate = null;
        using var api = new TestApi(services: services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(ISearchIndex));
            services.Remove(real);
            services.AddSingleton<ISearchIndex>(provider =>
                gate = new GatedIndex((ISearchIndex)real.ImplementationFactory!(provider), pauseAfter: 1_000));
        });
        api.Seed("synthetic", [.. Enumerable.Range(0, records).Select(Synthetic)]);

        using var response = await api.Client.GetAsync("/api/search.csv?sort=date", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(string.Join(',', CsvFormat.ColumnNames), await reader.ReadLineAsync());
        var firstRow = await reader.ReadLineAsync();

        Assert.StartsWith(SyntheticMeeting(records - 1) + ":item-", firstRow);
        // The scan is held at PauseAfter of 20,000 until Resume: these rows came before the rest were read.
        Assert.InRange(gate!.Yielded, 1, gate.PauseAfter);
        gate.Resume();
        var rows = 1;
        while (await reader.ReadLineAsync() is { } line)
        {
            Assert.EndsWith("service", line);
            rows++;
        }

        Assert.Equal(records, rows);
        Assert.Equal(records.ToString(), response.Headers.GetValues("X-Export-Count").Single());
    }

    private const string TrickyId = "scrutiny-commission:2022-01-31:minute-70:resolution-x";

    private static SearchRecord Tricky(string text) => new()
    {
        Id = TrickyId,
        Type = RecordKind.Resolution,
        Body = Scrutiny,
        MeetingDate = January,
        PackId = "tricky",
        Title = "=HYPERLINK(\"http://example.com\",\"budget\")",
        Text = text,
        ResolutionLabel = "-5% to the budget",
        MeetingId = JanuaryMeeting,
    };

    private static string SyntheticMeeting(int i) => RecordIds.Meeting("Cabinet", new DateOnly(2000, 1, 1).AddDays(i / 50 * 7));

    private static SearchRecord Synthetic(int i) => new()
    {
        Id = RecordIds.Item(SyntheticMeeting(i), i % 50 + 1),
        Type = RecordKind.Item,
        Body = "Cabinet",
        MeetingDate = new DateOnly(2000, 1, 1).AddDays(i / 50 * 7),
        PackId = "synthetic",
        Title = $"Report {i}",
        Text = $"Report number {i} on the library service",
        Pages = [1, 2],
        MeetingId = SyntheticMeeting(i),
    };

    private static Dictionary<string, string> Row(List<List<string>> rows, string id)
    {
        var row = rows.Single(r => r[0] == id);
        return CsvFormat.ColumnNames.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }
}
