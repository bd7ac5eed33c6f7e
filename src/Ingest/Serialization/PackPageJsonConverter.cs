using System.Text.Json;
using System.Text.Json.Serialization;
using AgendaSearch.Ingest.Extraction;

namespace AgendaSearch.Ingest.Serialization;

/// <summary>
/// Writes a page as {number, printedNumber?, agendaItemStamp?, ocr?, text, runningText?}: what a reader of a parsed pack
/// needs to cite a page, without every line's geometry. Reading gives the page back with one plain
/// line per text line (no positions or cells).
/// </summary>
internal sealed class PackPageJsonConverter : JsonConverter<PackPage>
{
    public override void Write(Utf8JsonWriter writer, PackPage page, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Name("number", options), page.Number);
        if (page.PrintedNumber is { } printed)
            writer.WriteNumber(Name("printedNumber", options), printed);
        if (page.AgendaItemStamp is { } stamp)
            writer.WriteNumber(Name("agendaItemStamp", options), stamp);
        if (page.Ocr)
            writer.WriteBoolean(Name("ocr", options), true);
        writer.WriteString(Name("text", options), page.Text);
        if (page.RunningLines.Count > 0)
            writer.WriteString(Name("runningText", options), string.Join('\n', page.RunningLines));
        writer.WriteEndObject();
    }

    public override PackPage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        int? Optional(string name) =>
            root.TryGetProperty(Name(name, options), out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
        var text = root.TryGetProperty(Name("text", options), out var t) ? t.GetString() ?? "" : "";
        var lines = text.Length == 0
            ? []
            : text.Split('\n').Select(l => new PageLine(l, 0, 0, 0, 0, false)).ToList();
        var ocr = root.TryGetProperty(Name("ocr", options), out var o) && o.ValueKind == JsonValueKind.True;
        var running = root.TryGetProperty(Name("runningText", options), out var r) && r.GetString() is { Length: > 0 } runningText
            ? runningText.Split('\n')
            : [];
        return new PackPage(root.GetProperty(Name("number", options)).GetInt32(), Optional("printedNumber"), 0, 0, lines, Optional("agendaItemStamp"), Ocr: ocr)
        {
            RunningLines = running,
        };
    }

    private static string Name(string camelCase, JsonSerializerOptions options) =>
        options.PropertyNamingPolicy?.ConvertName(camelCase) ?? camelCase;
}
