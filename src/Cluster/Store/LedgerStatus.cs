using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Ingest.Worker;
using Npgsql;

namespace AgendaSearch.Cluster.Store;

/// <summary>
/// GET /api/ingest/status in cluster mode: the shared ledger, the same on every node. Queued counts pending
/// files nobody holds, extracting those under a live claim; processed counts files with an outcome.
/// </summary>
public sealed class LedgerStatus(NpgsqlDataSource source)
{
    private readonly DateTimeOffset startedAt = DateTimeOffset.UtcNow;

    /// <summary>Records of the indexed files (what a search node that caught up serves).</summary>
    public async Task<int> RecordsAsync(CancellationToken cancellation)
    {
        await using var connection = await source.OpenConnectionAsync(cancellation);
        return await Sql.ScalarAsync<int>(connection, null, "SELECT coalesce(sum(records), 0)::integer FROM files WHERE state = 'indexed'", cancellation);
    }

    public async Task<IngestStatus> ReadAsync(CancellationToken cancellation)
    {
        var files = new List<LedgerEntry>();
        var extracting = 0;
        await using var connection = await source.OpenConnectionAsync(cancellation);
        await using (var command = Sql.Command(connection, null, """
            SELECT path, hash, size, modified_ticks, state, error, pages, records, pack_id, ingested_at, milliseconds,
                   duplicate_of, ocr_pages, lease_expires > now()
            FROM files ORDER BY path
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
            {
                var state = Settling.State(reader.GetString(4));
                files.Add(new LedgerEntry
                {
                    File = reader.GetString(0), Hash = reader.GetString(1), Size = reader.GetInt64(2),
                    ModifiedUtc = new DateTime(reader.GetInt64(3), DateTimeKind.Utc), State = state,
                    Error = reader.IsDBNull(5) ? null : reader.GetString(5),
                    Pages = reader.IsDBNull(6) ? null : reader.GetInt32(6),
                    Records = reader.GetInt32(7),
                    PackId = state is FileState.Duplicate or FileState.Failed ? null : reader.GetString(8),
                    IngestedAt = reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
                    Milliseconds = reader.IsDBNull(10) ? null : reader.GetInt64(10),
                    DuplicateOf = reader.IsDBNull(11) ? null : reader.GetString(11),
                    OcrPages = reader.IsDBNull(12) ? null : reader.GetInt32(12),
                });
                if (state == FileState.Pending && !reader.IsDBNull(13) && reader.GetBoolean(13))
                    extracting++;
            }
        }
        var lastCommit = await Sql.ScalarAsync<DateTime?>(connection, null, "SELECT max(written_at) FROM journal", cancellation);
        var totals = IngestTotals.Of(files);
        var progress = new IngestProgress(totals.Pending - extracting, extracting, files.Count - totals.Pending, false, startedAt,
            lastCommit is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null, []);
        return new IngestStatus(files, totals, progress);
    }
}
