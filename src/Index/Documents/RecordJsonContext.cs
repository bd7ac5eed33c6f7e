using System.Text.Json;
using System.Text.Json.Serialization;
using AgendaSearch.Index.Records;

namespace AgendaSearch.Index.Documents;

/// <summary>Compile-time JSON metadata for the stored record: every hit is parsed from it, so reflection is avoided.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.General)]
[JsonSerializable(typeof(SearchRecord))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
