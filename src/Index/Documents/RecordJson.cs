using System.Text.Json;
using AgendaSearch.Index.Records;

namespace AgendaSearch.Index.Documents;

/// <summary>The stored form of a record: JSON, so Get() returns exactly what was indexed.</summary>
internal static class RecordJson
{
    public static string Write(SearchRecord record) => JsonSerializer.Serialize(record, RecordJsonContext.Default.SearchRecord);

    public static SearchRecord Read(string json) =>
        JsonSerializer.Deserialize(json, RecordJsonContext.Default.SearchRecord)
        ?? throw new InvalidDataException("A stored record is empty.");
}
