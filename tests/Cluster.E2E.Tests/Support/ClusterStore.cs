using Npgsql;

namespace AgendaSearch.Cluster.E2E.Tests.Support;

/// <summary>A file's row in the shared ledger: its state, claims so far, who holds it, whether that lease is live, its pack id.</summary>
internal sealed record LedgerRow(string Path, string State, int Attempts, string? Owner, bool LeaseLive, string? Error, string PackId);

/// <summary>
/// Reads the shared store's ledger and journal directly (not through a node), as the checks need: which worker holds a
/// file, how many times a file was written. Unpooled connections, so a restarted server is simply connected to again.
/// </summary>
internal sealed class ClusterStore(string connectionString)
{
    private readonly string connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    public async Task<IReadOnlyList<LedgerRow>> LedgerAsync()
    {
        var rows = new List<LedgerRow>();
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT path, state, attempts, lease_owner, coalesce(lease_expires > now(), false), error, pack_id FROM files ORDER BY path", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(new LedgerRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6)));
        return rows;
    }

    /// <summary>The journal's last position.</summary>
    public async Task<long> HeadAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT position FROM journal_head", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Journal replace entries by path. The journal keeps only each pack's last entry, so this shows every indexed file has
    /// its entry; that no file was written twice is told by <see cref="HeadAsync"/>, which counts every entry ever written.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> WritesAsync()
    {
        var writes = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT path, count(*)::int FROM journal WHERE change = 'replace' GROUP BY path", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            writes[reader.GetString(0)] = reader.GetInt32(1);
        return writes;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
