using AgendaSearch.Postgres.Testing;
using Npgsql;

namespace AgendaSearch.Cluster.Tests.Support;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task Each_database_is_fresh_and_empty()
    {
        var first = PostgresServer.Shared.CreateDatabase();
        var second = PostgresServer.Shared.CreateDatabase();
        Assert.NotEqual(first, second);
        await using var connection = new NpgsqlConnection(first);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_private_server_keeps_its_data_and_port_across_a_restart()
    {
        using var server = PostgresServer.StartPrivate();
        var database = server.CreateDatabase();
        await Execute(database, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)");
        var port = server.Port;

        server.Restart();

        Assert.Equal(port, server.Port);
        NpgsqlConnection.ClearAllPools();
        Assert.Equal(7, await Execute(database, "SELECT n FROM kept"));
    }

    private static async Task<object?> Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
