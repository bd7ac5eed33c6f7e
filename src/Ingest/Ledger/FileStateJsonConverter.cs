using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgendaSearch.Ingest.Ledger;

/// <summary>"pending", "indexed", "failed", "no-text", "duplicate": names a person reads in the status API.</summary>
internal sealed class FileStateJsonConverter() : JsonStringEnumConverter<FileState>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false);
