using AgendaSearch.Ingest.Ledger;
using Npgsql;

namespace AgendaSearch.Cluster.Store;

/// <summary>
/// Puts a locked file row into its outcome within the caller's transaction, the records with it: an indexed
/// file's records replace its pack's, any other outcome removes what the pack had. The claim ends with it.
/// </summary>
internal static class Settling
{
    public static async Task SettleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string packId,
        LedgerEntry entry, IReadOnlyList<Records.SearchRecord> records, CancellationToken cancellation)
    {
        if (entry.State == FileState.Indexed)
            await Journal.ReplaceAsync(connection, transaction, new StoredDocument(packId, entry.File, records), entry.Hash, cancellation);
        else
            await Journal.RemoveAsync(connection, transaction, packId, entry.File, cancellation);
        await Sql.ExecuteAsync(connection, transaction, """
            UPDATE files SET state = $2, error = $3, pages = $4, ocr_pages = $5, records = $6, milliseconds = $7,
                             ingested_at = $8, duplicate_of = $9, lease_owner = NULL, lease_expires = NULL
            WHERE path = $1
            """, cancellation, entry.File, StateName(entry.State), entry.Error, entry.Pages, entry.OcrPages,
            entry.State == FileState.Indexed ? records.Count : 0, entry.Milliseconds, entry.IngestedAt ?? DateTimeOffset.UtcNow, entry.DuplicateOf);
    }

    public static string StateName(FileState state) => state switch
    {
        FileState.Pending => "pending",
        FileState.Indexed => "indexed",
        FileState.Failed => "failed",
        FileState.NoText => "no-text",
        FileState.Duplicate => "duplicate",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static FileState State(string name) => name switch
    {
        "pending" => FileState.Pending,
        "indexed" => FileState.Indexed,
        "failed" => FileState.Failed,
        "no-text" => FileState.NoText,
        "duplicate" => FileState.Duplicate,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
