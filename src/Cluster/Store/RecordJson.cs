using System.Text.Json;
using System.Text.Json.Serialization;
using AgendaSearch.Records;

namespace AgendaSearch.Cluster.Store;

/// <summary>
/// How records are stored in the documents table: System.Text.Json, kinds by name (a reordered enum must not
/// change stored records' meaning). A round trip gives records equal in every field, so a search node's index
/// holds what an embedded build's would.
/// </summary>
internal static class RecordJson
{
    private static readonly JsonSerializerOptions options = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(IReadOnlyList<SearchRecord> records) => JsonSerializer.Serialize(records, options);

    public static IReadOnlyList<SearchRecord> Read(string json) => JsonSerializer.Deserialize<List<SearchRecord>>(json, options) ?? [];
}
