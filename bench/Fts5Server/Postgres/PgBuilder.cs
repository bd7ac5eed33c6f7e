using System.Diagnostics;
using AgendaSearch.Records;
using Npgsql;
using NpgsqlTypes;

namespace AgendaSearch.Fts5Server.Postgres;

/// <summary>
/// Loads the searchable records of a built index (<see cref="BaselineRecords"/>) into PostgreSQL with binary COPY and
/// builds the indexes. Prints one key=value line: records, seconds, this process's CPU seconds, the server's bytes.
/// The server's own CPU (tsvector and GIN building) is not in this process; bench/run measures it from /proc.
/// </summary>
internal static class PgBuilder
{
    public static int Run(string indexPath, string connectionString)
    {
        var records = BaselineRecords.Read(indexPath);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute(connection, PgSchema.Create);
        CopyRecords(connection, records);
        CopyOfficers(connection, records);
        Execute(connection, PgSchema.Finish);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        using var size = new NpgsqlCommand(PgSchema.Size, connection);
        var bytes = size.ExecuteScalar();
        Console.WriteLine($"pgfts records={records.Count} seconds={seconds:F2} cpu_seconds={cpu:F2} server_cpu_seconds={BackendCpu(connection):F2} bytes={bytes}");
        return 0;
    }

    /// <summary>
    /// CPU seconds of this connection's server process (tsvector and GIN building happen there), read from /proc
    /// before the connection closes and the process goes; 0 when the server runs on another machine.
    /// </summary>
    private static double BackendCpu(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var stat = $"/proc/{command.ExecuteScalar()}/stat";
        if (!File.Exists(stat))
            return 0;
        var fields = File.ReadAllText(stat).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After the command name: state is field 0, utime and stime are fields 11 and 12, in clock ticks (100 a second on Linux).
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0;
    }

    private static void CopyRecords(NpgsqlConnection connection, List<SearchRecord> records)
    {
        using var writer = connection.BeginBinaryImport(PgSchema.CopyRecords);
        var rowid = 0;
        foreach (var r in records)
        {
            writer.StartRow();
            writer.Write(++rowid, NpgsqlDbType.Integer);
            writer.Write(r.Id, NpgsqlDbType.Text);
            writer.Write(r.Type.Name(), NpgsqlDbType.Text);
            writer.Write(r.Body, NpgsqlDbType.Text);
            writer.Write(BaselineRecords.Key(r.Body), NpgsqlDbType.Text);
            WriteNullable(writer, BaselineRecords.Date(r));
            WriteNullable(writer, r.MeetingDate?.Year);
            writer.Write(r.Title, NpgsqlDbType.Text);
            // PostgreSQL text cannot hold NUL, which a PDF's text layer now and then carries.
            writer.Write(r.Text.Replace("\0", ""), NpgsqlDbType.Text);
            writer.Write(BaselineRecords.Names(r), NpgsqlDbType.Text);
            writer.Write(BaselineRecords.Summary(r), NpgsqlDbType.Text);
        }
        writer.Complete();
    }

    private static void CopyOfficers(NpgsqlConnection connection, List<SearchRecord> records)
    {
        using var writer = connection.BeginBinaryImport(PgSchema.CopyOfficers);
        var rowid = 0;
        foreach (var r in records)
        {
            rowid++;
            // The primary key is (officer key, record): a name listed twice on one record counts once, as in FTS5.
            foreach (var name in r.Officers.DistinctBy(BaselineRecords.Key))
            {
                writer.StartRow();
                writer.Write(rowid, NpgsqlDbType.Integer);
                writer.Write(name, NpgsqlDbType.Text);
                writer.Write(BaselineRecords.Key(name), NpgsqlDbType.Text);
            }
        }
        writer.Complete();
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, int? value)
    {
        if (value is { } v)
            writer.Write(v, NpgsqlDbType.Integer);
        else
            writer.WriteNull();
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
