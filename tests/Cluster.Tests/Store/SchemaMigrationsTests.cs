using AgendaSearch.Cluster.Store;
using AgendaSearch.Postgres.Testing;
using Npgsql;

namespace AgendaSearch.Cluster.Tests.Store;

public sealed class SchemaMigrationsTests
{
    [Fact]
    public async Task Every_script_applies_once_in_order_and_a_second_run_changes_nothing()
    {
        await using var source = NpgsqlDataSource.Create(PostgresServer.Shared.CreateDatabase());
        var versions = SchemaMigrations.Scripts.Select(s => s.Version).ToList();
        Assert.Equal(versions.Order(), versions);

        Assert.Equal(versions, await SchemaMigrations.ApplyAsync(source, CancellationToken.None));
        Assert.Empty(await SchemaMigrations.ApplyAsync(source, CancellationToken.None));

        await using var command = source.CreateCommand("SELECT count(*) FROM schema_migrations");
        Assert.Equal((long)versions.Count, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Processes_starting_together_apply_the_scripts_once()
    {
        await using var source = NpgsqlDataSource.Create(PostgresServer.Shared.CreateDatabase());

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SchemaMigrations.ApplyAsync(source, CancellationToken.None))));

        Assert.Single(runs, applied => applied.Count > 0);
        Assert.Equal(SchemaMigrations.Scripts.Count, runs.Sum(r => r.Count));
        await using var command = source.CreateCommand("SELECT position FROM journal_head");
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }
}
