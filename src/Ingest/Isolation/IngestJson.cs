using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgendaSearch.Ingest.Isolation;

/// <summary>One JSON shape for the extract verb's output, the ledger and the status API: camelCase, kebab-case enums.</summary>
internal static class IngestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
