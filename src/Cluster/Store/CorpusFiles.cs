using AgendaSearch.Ingest.Worker;
using Npgsql;

namespace AgendaSearch.Cluster.Store;

/// <summary>
/// The file ledger's side of discovery: any worker that sees the corpus folder reports each file's path, size,
/// time and SHA-256 (<see cref="UpsertAsync"/>) and each file gone (<see cref="RemoveAsync"/>). New bytes make a
/// file pending again with its attempts reset; the records it had stay until its new outcome replaces them.
/// </summary>
public sealed class CorpusFiles(NpgsqlDataSource source)
{
    private const string UniqueViolation = "23505";

    /// <summary>Every file the ledger knows, with the size, time and hash it was last seen with.</summary>
    public async Task<Dictionary<string, (FileFacts Facts, string Hash)>> KnownAsync(CancellationToken cancellation)
    {
        var known = new Dictionary<string, (FileFacts, string)>(StringComparer.Ordinal);
        await using var connection = await source.OpenConnectionAsync(cancellation);
        await using var command = Sql.Command(connection, null, "SELECT path, size, modified_ticks, hash FROM files");
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            known[reader.GetString(0)] = (new FileFacts(reader.GetInt64(1), new DateTime(reader.GetInt64(2), DateTimeKind.Utc)), reader.GetString(3));
        return known;
    }

    /// <summary>Records that <paramref name="path"/> has <paramref name="facts"/> and <paramref name="hash"/>.</summary>
    public async Task UpsertAsync(string path, FileFacts facts, string hash, CancellationToken cancellation)
    {
        try
        {
            await TryUpsertAsync(path, facts, hash, cancellation);
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            // Another worker added the same path, or a same-named file took the pack id, at the same moment:
            // once more sees its row and picks the other id.
            await TryUpsertAsync(path, facts, hash, cancellation);
        }
    }

    /// <summary>
    /// Forgets a deleted file: its records leave with a journal entry, and files that were its duplicates are
    /// pending again (the first of them becomes the one read).
    /// </summary>
    public async Task RemoveAsync(string path, CancellationToken cancellation)
    {
        await using var connection = await source.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        var packId = await Sql.ScalarAsync<string>(connection, transaction, "SELECT pack_id FROM files WHERE path = $1 FOR UPDATE", cancellation, path);
        if (packId is null)
            return;
        await Journal.RemoveAsync(connection, transaction, packId, path, cancellation);
        await Sql.ExecuteAsync(connection, transaction, "DELETE FROM files WHERE path = $1", cancellation, path);
        await ReopenDuplicatesAsync(connection, transaction, path, cancellation);
        await transaction.CommitAsync(cancellation);
    }

    private async Task TryUpsertAsync(string path, FileFacts facts, string hash, CancellationToken cancellation)
    {
        await using var connection = await source.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        var known = await Sql.ScalarAsync<string>(connection, transaction, "SELECT hash FROM files WHERE path = $1 FOR UPDATE", cancellation, path);
        if (known is null)
        {
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var plain = PackIds.For(path, _ => false);
            if (await Sql.ScalarAsync<string>(connection, transaction, "SELECT pack_id FROM files WHERE pack_id = $1", cancellation, plain) is { } used)
                taken.Add(used);
            await Sql.ExecuteAsync(connection, transaction,
                "INSERT INTO files (path, hash, size, modified_ticks, pack_id) VALUES ($1, $2, $3, $4, $5)",
                cancellation, path, hash, facts.Size, facts.ModifiedUtc.Ticks, PackIds.For(path, taken.Contains));
        }
        else if (known == hash)
        {
            await Sql.ExecuteAsync(connection, transaction, "UPDATE files SET size = $2, modified_ticks = $3 WHERE path = $1",
                cancellation, path, facts.Size, facts.ModifiedUtc.Ticks);
        }
        else
        {
            await Sql.ExecuteAsync(connection, transaction, """
                UPDATE files SET hash = $2, size = $3, modified_ticks = $4, state = 'pending', attempts = 0, error = NULL,
                                 lease_owner = NULL, lease_expires = NULL, duplicate_of = NULL
                WHERE path = $1
                """, cancellation, path, hash, facts.Size, facts.ModifiedUtc.Ticks);
            await ReopenDuplicatesAsync(connection, transaction, path, cancellation);
        }
        await transaction.CommitAsync(cancellation);
    }

    private static Task ReopenDuplicatesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string path, CancellationToken cancellation) =>
        Sql.ExecuteAsync(connection, transaction,
            "UPDATE files SET state = 'pending', attempts = 0, error = NULL, duplicate_of = NULL WHERE duplicate_of = $1",
            cancellation, path);
}
