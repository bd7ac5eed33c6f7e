using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AgendaSearch.Ingest.Packs;
using AgendaSearch.Ingest.Serialization;

namespace AgendaSearch.Ingest.Tests.Packs;

/// <summary>
/// The JSON the parser tests compare and score: the `inspect` shape (<see cref="PackJson"/>) without
/// the pages, which are extraction's output rather than the parser's, and with page spans ([5, 14])
/// on one line to keep the expected files readable.
/// </summary>
internal static class ParsedJson
{
    private static readonly JsonSerializerOptions Options = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options).Replace("\r\n", "\n") + "\n";

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(PackJson.Options)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutPages } },
        };
        options.Converters.Add(new InlineNumbers());
        return options;
    }

    private static void WithoutPages(JsonTypeInfo info)
    {
        if (info.Type == typeof(AgendaPack))
            info.Properties.Remove(info.Properties.Single(p => p.Name == "pages"));
    }

    private sealed class InlineNumbers : JsonConverter<int[]>
    {
        public override int[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, int[] value, JsonSerializerOptions options) =>
            writer.WriteRawValue("[" + string.Join(", ", value) + "]");
    }
}
