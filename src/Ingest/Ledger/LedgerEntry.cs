namespace AgendaSearch.Ingest.Ledger;

/// <summary>
/// What the ingest knows about one corpus file. <see cref="File"/> is relative to the corpus folder with '/'
/// separators. <see cref="Size"/> and <see cref="ModifiedUtc"/> decide whether a file must be hashed again;
/// <see cref="Hash"/> (SHA-256, hex) decides whether it must be parsed again. <see cref="PackId"/> is set while
/// the index may hold records of this file (a pending file keeps its old pack until it is replaced); a
/// duplicate has none of its own.
/// </summary>
public sealed record LedgerEntry
{
    public required string File { get; init; }
    public required string Hash { get; init; }
    public required long Size { get; init; }
    public required DateTime ModifiedUtc { get; init; }
    public required FileState State { get; init; }
    public string? Error { get; init; }
    public int? Pages { get; init; }
    public int Records { get; init; }
    public string? PackId { get; init; }
    public DateTimeOffset? IngestedAt { get; init; }
    public long? Milliseconds { get; init; }
    public string? DuplicateOf { get; init; }
}
