using System.Text.Json;
using AgendaSearch.Ingest.AgendaItems;
using AgendaSearch.Ingest.Extraction;
using AgendaSearch.Ingest.Meetings;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Serialization;

namespace AgendaSearch.Ingest.Tests.Serialization;

public class PackJsonTests
{
    private static readonly PackPage Page = new(
        14, 14, 595, 842,
        [new PageLine("CHAIRMAN", 63, 650, 60, 11, false), new PageLine("Performance – 2020’s £1.4m", 63, 572, 90, 11, true)],
        AgendaItemStamp: 8, AgendaItemStampY: 597);

    private static AgendaPack Pack() => new(
        "pack.pdf",
        new Meeting("Scrutiny Commission", new DateOnly(2021, 7, 12), Time: "10:00"),
        [new AgendaItem(8, "Update on Police and Crime Panel Activity", StatedPages: [15, 22])],
        null, [], [], [Page]);

    [Fact]
    public void Writes_the_score_pack_shape_camel_case_without_nulls()
    {
        using var json = JsonDocument.Parse(PackJson.Serialize(Pack()));
        var root = json.RootElement;

        Assert.Equal("Scrutiny Commission", root.GetProperty("meeting").GetProperty("body").GetString());
        Assert.Equal("2021-07-12", root.GetProperty("meeting").GetProperty("date").GetString());
        Assert.False(root.GetProperty("meeting").TryGetProperty("location", out _));
        Assert.False(root.TryGetProperty("minutes", out _));
        var item = root.GetProperty("agendaItems")[0];
        Assert.Equal(8, item.GetProperty("number").GetInt32());
        Assert.Equal("[15,22]", item.GetProperty("statedPages").GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", ""));
        Assert.False(item.TryGetProperty("reportBy", out _));
    }

    [Fact]
    public void Writes_a_page_as_number_printed_number_stamp_and_text_only()
    {
        var page = JsonDocument.Parse(PackJson.Serialize(Page)).RootElement;

        Assert.Equal(["number", "printedNumber", "agendaItemStamp", "text"], page.EnumerateObject().Select(p => p.Name));
        Assert.Equal("CHAIRMAN\nPerformance – 2020’s £1.4m", page.GetProperty("text").GetString());
        var plain = JsonDocument.Parse(PackJson.Serialize(new PackPage(3, null, 0, 0, []))).RootElement;
        Assert.Equal(["number", "text"], plain.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Writes_text_as_is_and_indented()
    {
        var json = PackJson.Serialize(Page);

        Assert.Contains("Performance – 2020’s £1.4m", json);
        Assert.Contains("\n  \"number\": 14", json);
    }

    [Fact]
    public void Reads_a_written_page_back_with_one_line_per_text_line()
    {
        var back = JsonSerializer.Deserialize<PackPage>(PackJson.Serialize(Page), PackJson.Options)!;

        Assert.Equal((14, 14, 8), (back.Number, back.PrintedNumber!.Value, back.AgendaItemStamp!.Value));
        Assert.Equal(Page.Text, back.Text);
        Assert.Equal(2, back.Lines.Count);
    }

    [Fact]
    public void A_page_read_by_ocr_says_so_and_keeps_the_mark_through_a_round_trip()
    {
        var json = PackJson.Serialize(Page with { Ocr = true });
        var back = JsonSerializer.Deserialize<PackPage>(json, PackJson.Options)!;

        Assert.Contains("\"ocr\": true", json);
        Assert.True(back.Ocr);
        Assert.False(JsonSerializer.Deserialize<PackPage>(PackJson.Serialize(Page), PackJson.Options)!.Ocr);
    }

    [Fact]
    public void A_pages_running_headers_survive_a_round_trip_apart_from_its_text()
    {
        var json = PackJson.Serialize(Page with { RunningLines = ["Special Meeting", "Alameda City Council"] });
        var back = JsonSerializer.Deserialize<PackPage>(json, PackJson.Options)!;

        Assert.Equal(["Special Meeting", "Alameda City Council"], back.RunningLines);
        Assert.Equal(Page.Text, back.Text);
        Assert.Empty(JsonSerializer.Deserialize<PackPage>(PackJson.Serialize(Page), PackJson.Options)!.RunningLines);
    }
}
