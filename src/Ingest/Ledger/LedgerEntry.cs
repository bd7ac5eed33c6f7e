using System.Text.Json.Serialization;

namespace AgendaSearch.Ingest.Ledger;

/// <summary>
/// What the ingest knows about one corpus file. <see cref="File"/> is relative to the corpus folder with '/'
/// separators. <see cref="Size"/> and <see cref="ModifiedUtc"/> decide whether a file must be hashed again;
/// <see cref="Hash"/> (SHA-256, hex) decides whether it must be parsed again. <see cref="PackId"/> is set while
/// the index may hold records of this file and while it is pending (reserved when it was queued; a changed
/// file keeps its old records until they are replaced); a failed file and a duplicate have none.
/// </summary>
public sealed record LedgerEntry
{
    public required string File { get; init; }
    public required string Hash { get; init; }
    public required long Size { get; init; }
    public required DateTime ModifiedUtc { get; init; }
    public required FileState State { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Pages { get; init; }
    public int Records { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PackId { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? IngestedAt { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Milliseconds { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DuplicateOf { get; init; }
}
