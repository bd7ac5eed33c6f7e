using Npgsql;
using NpgsqlTypes;

namespace AgendaSearch.Cluster.Store;

/// <summary>Commands with positional parameters ($1, $2 ...) in one line each; null becomes SQL NULL.</summary>
internal static class Sql
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string text, params object?[] values)
    {
        var command = new NpgsqlCommand(text, connection, transaction);
        foreach (var value in values)
            command.Parameters.Add(value is Json json
                ? new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Json, Value = json.Text }
                : new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string text, CancellationToken cancellation, params object?[] values)
    {
        await using var command = Command(connection, transaction, text, values);
        return await command.ExecuteNonQueryAsync(cancellation);
    }

    public static async Task<T?> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string text, CancellationToken cancellation, params object?[] values)
    {
        await using var command = Command(connection, transaction, text, values);
        var result = await command.ExecuteScalarAsync(cancellation);
        return result is null or DBNull ? default : (T)result;
    }

    /// <summary>A value sent as json (kept as written, key order too).</summary>
    public sealed record Json(string Text);
}
