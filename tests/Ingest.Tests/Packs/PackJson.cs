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
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options).Replace("\r\n", "\n") + "\n";

    private static void WithoutPages(JsonTypeInfo info)
    {
        if (info.Type != typeof(AgendaPack))
            return;
        var pages = info.Properties.Single(p => p.Name == "pages");
        info.Properties.Remove(pages);
    }
}
