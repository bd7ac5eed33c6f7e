using System.Text.Json;
using AgendaSearch.Index.Records;

namespace AgendaSearch.Index.Documents;

/// <summary>The stored form of a record: JSON, so Get() returns exactly what was indexed.</summary>
internal static class RecordJson
{
    // Reflection metadata, not source-generated: the generator treats SearchRecord's required init-only
    // properties as constructor arguments and reads them through a buffering converter, about 1.5 times slower.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Write(SearchRecord record) => JsonSerializer.Serialize(record, Options);

    public static byte[] WriteUtf8(SearchRecord record) => JsonSerializer.SerializeToUtf8Bytes(record, Options);

    public static SearchRecord Read(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<SearchRecord>(json, Options)
        ?? throw new InvalidDataException("A stored record is empty.");

    public static SearchRecord Read(string json) =>
        JsonSerializer.Deserialize<SearchRecord>(json, Options)
        ?? throw new InvalidDataException("A stored record is empty.");
}
