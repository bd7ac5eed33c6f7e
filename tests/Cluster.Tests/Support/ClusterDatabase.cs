using AgendaSearch.Cluster.Store;
using AgendaSearch.Ingest.Ledger;
using AgendaSearch.Ingest.Worker;
using AgendaSearch.Postgres.Testing;
using AgendaSearch.Records;
using Npgsql;

namespace AgendaSearch.Cluster.Tests.Support;

/// <summary>A fresh, migrated database on the shared test server, with the store's parts over it.</summary>
internal sealed class ClusterDatabase : IAsyncDisposable
{
    private ClusterDatabase(string connectionString, NpgsqlDataSource source)
    {
        ConnectionString = connectionString;
        Source = source;
    }

    public string ConnectionString { get; }

    public NpgsqlDataSource Source { get; }

    public CorpusFiles Files => new(Source);

    public JournalReader Journal => new(Source);

    public static async Task<ClusterDatabase> CreateAsync(PostgresServer? server = null)
    {
        var connectionString = (server ?? PostgresServer.Shared).CreateDatabase();
        var source = NpgsqlDataSource.Create(connectionString);
        await SchemaMigrations.ApplyAsync(source, CancellationToken.None);
        return new ClusterDatabase(connectionString, source);
    }

    public ClusterOptions Options(string node, int maxAttempts = 3) =>
        new() { ConnectionString = ConnectionString, NodeName = node, MaxAttempts = maxAttempts, LeaseSeconds = 60 };

    public FileClaims Claims(string node, int maxAttempts = 3) => new(Source, Options(node, maxAttempts));

    /// <summary>Adds a file to the ledger as discovery would (the hash stands for its bytes).</summary>
    public Task AddAsync(string path, string hash) =>
        Files.UpsertAsync(path, new FileFacts(100, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)), hash, CancellationToken.None);

    /// <summary>Ends every lease now, as if its holder had stopped renewing it long enough ago.</summary>
    public Task ExpireLeasesAsync() => ExecuteAsync("UPDATE files SET lease_expires = now() - interval '1 second' WHERE lease_expires IS NOT NULL");

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var command = Source.CreateCommand(sql);
        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = Source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>An indexed outcome for <paramref name="claim"/> with the given records.</summary>
    public static DocumentRead Indexed(FileClaim claim, params SearchRecord[] records) => new(new LedgerEntry
    {
        File = claim.Path, Hash = claim.Hash, Size = claim.Facts.Size, ModifiedUtc = claim.Facts.ModifiedUtc,
        State = FileState.Indexed, Pages = 1, Records = records.Length, PackId = claim.PackId,
    }, records);

    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
