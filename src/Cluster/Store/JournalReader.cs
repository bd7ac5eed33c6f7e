using Npgsql;

namespace AgendaSearch.Cluster.Store;

/// <summary>What a search node reads: the journal head, the entries after its position and the packs' records now.</summary>
public sealed class JournalReader(NpgsqlDataSource source)
{
    /// <summary>The position of the last committed entry (0 before any).</summary>
    public async Task<long> HeadAsync(CancellationToken cancellation) => (await HeadAndStoreAsync(cancellation)).Head;

    /// <summary>The head and the store's identity, which changes when the database is created anew.</summary>
    public async Task<(long Head, Guid Store)> HeadAndStoreAsync(CancellationToken cancellation)
    {
        await using var connection = await source.OpenConnectionAsync(cancellation);
        await using var command = Sql.Command(connection, null, "SELECT h.position, s.id FROM journal_head h, store_identity s");
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return (reader.GetInt64(0), reader.GetGuid(1));
    }

    /// <summary>Up to <paramref name="limit"/> entries after <paramref name="position"/>, in order.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(long position, int limit, CancellationToken cancellation)
    {
        var entries = new List<JournalEntry>();
        await using var connection = await source.OpenConnectionAsync(cancellation);
        await using var command = Sql.Command(connection, null,
            "SELECT position, pack_id, path, change, records FROM journal WHERE position > $1 ORDER BY position LIMIT $2", position, limit);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            entries.Add(new JournalEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                Journal.Change(reader.GetString(3)), reader.GetInt32(4)));
        return entries;
    }

    /// <summary>The records the store holds now for each of <paramref name="packIds"/> that has any.</summary>
    public async Task<IReadOnlyDictionary<string, StoredDocument>> DocumentsAsync(IReadOnlyCollection<string> packIds, CancellationToken cancellation)
    {
        var documents = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        await using var connection = await source.OpenConnectionAsync(cancellation);
        await using var command = Sql.Command(connection, null,
            "SELECT pack_id, path, records::text FROM documents WHERE pack_id = ANY($1)", (object)packIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            documents[reader.GetString(0)] = new StoredDocument(reader.GetString(0), reader.GetString(1), RecordJson.Read(reader.GetString(2)));
        return documents;
    }
}
