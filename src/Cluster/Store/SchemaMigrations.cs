using System.Reflection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AgendaSearch.Cluster.Store;

/// <summary>
/// Brings the database to the current schema: the numbered scripts embedded from Migrations/ ("0001_name.sql"),
/// each applied once, in order, in its own transaction, and recorded in schema_migrations. Every process
/// migrates at start, so the scripts run under a session advisory lock: the second process waits, then finds
/// them applied.
/// </summary>
public static class SchemaMigrations
{
    // Any constant both sides agree on; the text "AgendaSearch" in ASCII, so no other application's lock is likely.
    private const long LockKey = 0x4167656E64615365;

    /// <summary>The scripts in the order they apply: version number and name, and their text.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts { get; } = Load();

    /// <summary>Applies what is missing; returns the versions applied now (none when the database was current).</summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(NpgsqlDataSource source, CancellationToken cancellation)
    {
        await using var connection = await source.OpenConnectionAsync(cancellation);
        await Execute(connection, null, $"SELECT pg_advisory_lock({LockKey})", cancellation);
        try
        {
            await Execute(connection, null, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    integer PRIMARY KEY,
                    name       text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellation);
            var applied = new HashSet<int>();
            await using (var read = new NpgsqlCommand("SELECT version FROM schema_migrations", connection))
            await using (var reader = await read.ExecuteReaderAsync(cancellation))
                while (await reader.ReadAsync(cancellation))
                    applied.Add(reader.GetInt32(0));
            var now = new List<int>();
            foreach (var (version, name, sql) in Scripts.Where(s => !applied.Contains(s.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellation);
                await Execute(connection, transaction, sql, cancellation);
                await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", connection, transaction);
                record.Parameters.Add(new NpgsqlParameter { Value = version });
                record.Parameters.Add(new NpgsqlParameter { Value = name });
                await record.ExecuteNonQueryAsync(cancellation);
                await transaction.CommitAsync(cancellation);
                now.Add(version);
            }
            return now;
        }
        finally
        {
            await Execute(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    /// <summary>
    /// <see cref="ApplyAsync"/>, tried again with backoff while PostgreSQL is unreachable: every role waits for this
    /// before it starts, so processes may start before the database server does.
    /// </summary>
    public static async Task ApplyWhenReachableAsync(NpgsqlDataSource source, ILogger logger, CancellationToken cancellation)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                var applied = await ApplyAsync(source, cancellation);
                if (applied.Count > 0)
                    logger.LogInformation("Cluster store migrated to version {Version}", applied[^1]);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                if (failures == 1)
                    logger.LogWarning("PostgreSQL is not reachable yet ({Error}); trying again with backoff", e.Message);
                await Task.Delay(Backoff.After(failures), cancellation);
            }
        }
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = typeof(SchemaMigrations).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = Path.GetFileNameWithoutExtension(n["Migrations/".Length..]);
                var cut = file.IndexOf('_');
                var version = int.Parse(cut < 0 ? file : file[..cut]);
                return (version, cut < 0 ? file : file[(cut + 1)..], Read(assembly, n));
            })
            .OrderBy(s => s.version)
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
