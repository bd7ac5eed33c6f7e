namespace AgendaSearch.Ingest.Worker;

/// <summary>
/// The worker right now: files waiting or being extracted, files finished since it started, whether a scan is
/// running, and when the index was last committed (what is committed is searchable).
/// </summary>
public sealed record IngestProgress(
    int Queued,
    int Extracting,
    int Processed,
    bool Scanning,
    DateTimeOffset StartedAt,
    DateTimeOffset? LastCommitAt);
