using Npgsql;

namespace AgendaSearch.Cluster.Store;

/// <summary>
/// Writes within a caller's transaction: a pack's records replaced or removed, each with its journal entry.
/// Positions come from journal_head, whose one row every appending transaction updates: the row lock holds the
/// next appender until this transaction ends, so positions are handed out in commit order and a rolled-back
/// append gives its number back. (A sequence would not do: a lower number can commit after a higher one, and a
/// follower that already read past it would skip it.)
/// Each append also deletes the pack's earlier entries, in the same transaction: a follower applies a pack's
/// records as the store holds them now, so only a pack's last entry tells it anything. A follower before a deleted
/// entry still reads the pack's later one; a follower past it has applied it. A removal is kept while it is the
/// pack's last entry, so a node that held the pack still drops it. The head is never lowered.
/// </summary>
internal static class Journal
{
    /// <summary>The channel a commit with journal entries notifies, so followers wake before their next poll.</summary>
    public const string Channel = "agendasearch_journal";

    /// <summary>The change as the journal table writes it.</summary>
    public static string Name(JournalChange change) => change == JournalChange.Replace ? "replace" : "remove";

    public static JournalChange Change(string name) => name == Name(JournalChange.Replace) ? JournalChange.Replace : JournalChange.Remove;

    public static async Task<long> ReplaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        StoredDocument document, string hash, CancellationToken cancellation)
    {
        var position = await AppendAsync(connection, transaction, document.PackId, document.Path, JournalChange.Replace, document.Records.Count, cancellation);
        await Sql.ExecuteAsync(connection, transaction, """
            INSERT INTO documents (pack_id, path, hash, records, position) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (pack_id) DO UPDATE SET path = excluded.path, hash = excluded.hash, records = excluded.records, position = excluded.position
            """, cancellation, document.PackId, document.Path, hash, new Sql.Json(RecordJson.Write(document.Records)), position);
        return position;
    }

    /// <summary>Removes the pack's records if the store holds any (and only then writes an entry).</summary>
    public static async Task RemoveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string packId, string path, CancellationToken cancellation)
    {
        if (await Sql.ExecuteAsync(connection, transaction, "DELETE FROM documents WHERE pack_id = $1", cancellation, packId) > 0)
            await AppendAsync(connection, transaction, packId, path, JournalChange.Remove, 0, cancellation);
    }

    public static async Task<long> AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string packId, string path, JournalChange change, int records, CancellationToken cancellation)
    {
        var position = await Sql.ScalarAsync<long>(connection, transaction, """
            WITH head AS (UPDATE journal_head SET position = position + 1 RETURNING position)
            INSERT INTO journal (position, pack_id, path, change, records)
            SELECT position, $1, $2, $3, $4 FROM head
            RETURNING position
            """, cancellation, packId, path, Name(change), records);
        // After the head's row lock is held, so appenders trimming the same pack queue behind one another.
        await Sql.ExecuteAsync(connection, transaction, "DELETE FROM journal WHERE pack_id = $1 AND position < $2", cancellation, packId, position);
        // Delivered at commit, and not at all on rollback.
        await Sql.ExecuteAsync(connection, transaction, $"SELECT pg_notify('{Channel}', $1)", cancellation, position.ToString());
        return position;
    }
}
