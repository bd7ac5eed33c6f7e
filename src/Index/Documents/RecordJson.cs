using System.Text.Json;
using System.Text.Json.Serialization;
using AgendaSearch.Records;

namespace AgendaSearch.Index.Documents;

/// <summary>The stored form of a record: JSON, so Get() returns exactly what was indexed.</summary>
internal static class RecordJson
{
    // Reflection metadata, not source-generated: the generator treats SearchRecord's required init-only
    // properties as constructor arguments and reads them through a buffering converter, which was slower.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter<RecordKind>(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(SearchRecord record) => JsonSerializer.Serialize(record, Options);

    public static SearchRecord Read(string json) =>
        JsonSerializer.Deserialize<SearchRecord>(json, Options)
        ?? throw new InvalidDataException("A stored record is empty.");
}
