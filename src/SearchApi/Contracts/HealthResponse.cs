using System.Text.Json.Serialization;

namespace AgendaSearch.SearchApi.Contracts;

/// <summary>
/// "ok" and how many records the index serves; in cluster mode also this process's roles and its place in the
/// journal (otherwise left out).
/// </summary>
internal sealed record HealthResponse(string Status, int Records)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JournalHealth? Journal { get; init; }
}
