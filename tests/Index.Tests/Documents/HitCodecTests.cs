using System.Text.Json;
using AgendaSearch.Index.Documents;
using AgendaSearch.Records;

namespace AgendaSearch.Index.Tests.Documents;

public sealed class HitCodecTests
{
    [Fact]
    public void A_record_reads_back_whole_but_its_text()
    {
        var record = new SearchRecord
        {
            Id = "scrutiny-commission:2022-01-31:minute-61:resolution-b",
            Type = RecordKind.Resolution,
            Body = "Scrutiny Commission",
            MeetingDate = new DateOnly(2022, 1, 31),
            PackId = "scrutiny-commission-2022-03-09-agenda-pack",
            Title = "Provisional Medium Term Financial Strategy – resolution (b)",
            Text = "That the report be noted.",
            Officers = ["Chris Tambini", "Zoë O'Neill"],
            AskedBy = "Jane Smith",
            AnsweredBy = null,
            ItemNumber = null,
            MinuteNumber = 61,
            ResolutionLabel = "b",
            Pages = [8, 9, 10],
            PageStarts = [0, 1800, 3650],
            Sources = ["a-pack", "b-pack"],
            ParentId = "scrutiny-commission:2022-01-31:minute-61",
            MeetingId = "scrutiny-commission:2022-01-31",
            Extra = new Dictionary<string, string> { ["reportOf"] = "Director of Finance", ["purpose"] = "£1.2m" },
        };

        var bytes = HitCodec.Write(record);

        Assert.Equal(Json(record with { Text = "" }), Json(HitCodec.Read(bytes, 0, bytes.Length)));
    }

    [Fact]
    public void Empty_and_missing_values_read_back_as_they_were()
    {
        var record = Sample.Record("r", "", "text");

        var bytes = HitCodec.Write(record);

        Assert.Equal(Json(record with { Text = "" }), Json(HitCodec.Read(bytes, 0, bytes.Length)));
    }

    [Fact]
    public void The_codec_knows_every_property_of_the_record()
    {
        // A property added to SearchRecord must be written and read by HitCodec too, or hits would lose it.
        string[] known =
        [
            "Id", "Type", "Body", "MeetingDate", "PackId", "Title", "Text", "Officers", "AskedBy", "AnsweredBy", "ItemNumber",
            "MinuteNumber", "ResolutionLabel", "Pages", "PageStarts", "Sources", "ParentId", "MeetingId", "Extra",
        ];

        Assert.Equal(known.Order(), typeof(SearchRecord).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract").Order());
    }

    private static string Json(SearchRecord record) => JsonSerializer.Serialize(record);
}
