using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AgendaSearch.Ingest.Packs;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>
/// The JSON the tests compare and score: the parsed pack, camel-cased and indented, without the raw
/// extracted pages (the parser's input, not its output) and without empty values.
/// </summary>
internal static class PackJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutPages } },
        Converters = { new InlineNumbers() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options).Replace("\r\n", "\n") + "\n";

    /// <summary>Page spans ([5, 14]) on one line, to keep the files readable.</summary>
    private sealed class InlineNumbers : JsonConverter<int[]>
    {
        public override int[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, int[] value, JsonSerializerOptions options) =>
            writer.WriteRawValue("[" + string.Join(", ", value) + "]");
    }

    private static void WithoutPages(JsonTypeInfo info)
    {
        if (info.Type != typeof(AgendaPack))
            return;
        var pages = info.Properties.Single(p => p.Name == "pages");
        info.Properties.Remove(pages);
    }
}
